package org.switchboard.server.control;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Optional;

/**
 * Frames over a blocking socket channel: {@code type (1 byte) | length (4 bytes, big-endian) |
 * payload}. One thread reads while others write: reads and writes take separate locks, and each
 * frame is written whole under the write lock.
 *
 * <p>Works on the channel directly, not through {@code Channels.newInputStream}: on Java 17 those
 * streams share one lock, so a blocked read would stall every write.
 */
public final class FrameChannel implements AutoCloseable {
    /** Larger frames are refused: the biggest honest one is a command's output. */
    public static final int MAX_PAYLOAD = 16 * 1024 * 1024;
    private static final int HEADER = 5;

    private final SocketChannel channel;
    private final Object readLock = new Object();
    private final Object writeLock = new Object();

    public FrameChannel(SocketChannel channel) {
        this.channel = channel;
    }

    /** The next frame, or empty at a clean end of stream (between frames). */
    public Optional<Frame> read() throws IOException {
        synchronized (readLock) {
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            if (!fill(header, true)) {
                return Optional.empty();
            }
            header.flip();
            byte code = header.get();
            int length = header.getInt();
            FrameType type = FrameType.of(code)
                    .orElseThrow(() -> new ProtocolException("unknown frame type 0x" + Integer.toHexString(code & 0xff)));
            if (length < 0 || length > MAX_PAYLOAD) {
                throw new ProtocolException("frame of " + Integer.toUnsignedString(length) + " bytes exceeds " + MAX_PAYLOAD);
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            fill(payload, false);
            return Optional.of(new Frame(type, payload.array()));
        }
    }

    public void write(Frame frame) throws IOException {
        if (frame.payload().length > MAX_PAYLOAD) {
            throw new ProtocolException("frame of " + frame.payload().length + " bytes exceeds " + MAX_PAYLOAD);
        }
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + frame.payload().length);
        buffer.put(frame.type().code()).putInt(frame.payload().length).put(frame.payload()).flip();
        synchronized (writeLock) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Reads until the buffer is full; false when the stream ended before the first byte. */
    private boolean fill(ByteBuffer buffer, boolean endAllowedAtStart) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                if (endAllowedAtStart && buffer.position() == 0) {
                    return false;
                }
                throw new EOFException("control connection closed inside a frame");
            }
        }
        return true;
    }
}
