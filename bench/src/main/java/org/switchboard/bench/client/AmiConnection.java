package org.switchboard.bench.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One non-blocking AMI connection on a {@link ClientLoop}: the first line is the banner, then
 * every message ends at a blank line. Messages are handed over in place, as a range of the
 * loop's shared read array; a message cut by a read waits in a small per-connection carry until
 * the rest arrives, so thousands of idle connections cost a few bytes each.
 */
public final class AmiConnection {

    /** What a mode does with a connection. Called on the loop thread only. */
    public interface Handler {
        /** The banner line has arrived (the first line the server sends). */
        void banner(AmiConnection connection);

        /**
         * One whole message {@code [start, end)} of {@code buf}, blank line included. The buffer
         * is shared and reused: read what is needed before returning.
         */
        void message(AmiConnection connection, byte[] buf, int start, int end);

        /** The connection is closed (by the peer, an error, or {@link AmiConnection#close}). */
        void closed(AmiConnection connection, String reason);
    }

    private static final byte[] NONE = new byte[0];

    private final ClientLoop loop;
    private final SocketChannel channel;
    private final Handler handler;
    private final OutBuffer out = new OutBuffer(256);
    private SelectionKey key;
    private byte[] carry = NONE;
    private int carryLength;
    private boolean bannerSeen;
    private boolean established;
    private boolean closed;
    private boolean dirty;
    private long bytesRead;
    private long messages;

    AmiConnection(ClientLoop loop, SocketChannel channel, Handler handler) {
        this.loop = loop;
        this.channel = channel;
        this.handler = handler;
    }

    void key(SelectionKey k) {
        this.key = k;
    }

    /**
     * The buffer to append a request to; it is written when the loop next flushes (after the
     * current batch of reads or timers), so requests made together leave in one write.
     */
    public OutBuffer out() {
        if (!dirty && !closed) {
            dirty = true;
            loop.markDirty(this);
        }
        return out;
    }

    public boolean isClosed() {
        return closed;
    }

    /** True once the TCP connection was made (a refused connect never gets here). */
    public boolean isEstablished() {
        return established;
    }

    /** True once the banner line has arrived. */
    public boolean bannerSeen() {
        return bannerSeen;
    }

    /** Bytes received so far. */
    public long bytesRead() {
        return bytesRead;
    }

    /** Messages received so far (not counting the banner). */
    public long messages() {
        return messages;
    }

    public void close() {
        close("closed by the client");
    }

    void close(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        handler.closed(this, reason);
    }

    // ---- called by the loop ----

    void established() {
        established = true;
    }

    void finishConnect() {
        try {
            if (channel.finishConnect()) {
                established = true;
                key.interestOps(SelectionKey.OP_READ | (out.isEmpty() ? 0 : SelectionKey.OP_WRITE));
            }
        } catch (IOException e) {
            close("connect failed: " + e.getMessage());
        }
    }

    void flush() {
        dirty = false;
        if (closed || !channel.isConnected()) {
            return;
        }
        try {
            out.writeTo(channel);
        } catch (IOException e) {
            close("write failed: " + e.getMessage());
            return;
        }
        int ops = SelectionKey.OP_READ | (out.isEmpty() ? 0 : SelectionKey.OP_WRITE);
        if (key.interestOps() != ops) {
            key.interestOps(ops);
        }
    }

    /** Reads what the socket has into {@code buf} (a heap buffer) after the carried bytes, and frames it. */
    void read(ByteBuffer buf) {
        buf.clear();
        if (carryLength > 0) {
            buf.put(carry, 0, carryLength);
        }
        int scanned = carryLength;
        int n;
        try {
            n = channel.read(buf);
        } catch (IOException e) {
            close("read failed: " + e.getMessage());
            return;
        }
        if (n < 0) {
            close(bannerSeen ? "closed by the server" : "closed by the server before the banner");
            return;
        }
        bytesRead += n;
        process(buf.array(), scanned, buf.position());
    }

    /** Frames {@code bytes} as if one read had returned them into {@code buf} (framing tests). */
    void receive(ByteBuffer buf, byte[] bytes) {
        buf.clear();
        if (carryLength > 0) {
            buf.put(carry, 0, carryLength);
        }
        int scanned = carryLength;
        buf.put(bytes);
        bytesRead += bytes.length;
        process(buf.array(), scanned, buf.position());
    }

    /** Frames {@code [0, limit)}; bytes before {@code scanned} were seen before and hold no end. */
    private void process(byte[] buf, int scanned, int limit) {
        int start = 0;
        if (!bannerSeen) {
            int lf = AmiBytes.indexOfLf(buf, 0, limit);
            if (lf < 0) {
                keep(buf, 0, limit);
                return;
            }
            bannerSeen = true;
            start = lf + 1;
            handler.banner(this);
            if (closed) {
                return;
            }
        }
        while (start < limit) {
            // a stray blank line between messages is no message
            if (buf[start] == '\r' && start + 1 < limit && buf[start + 1] == '\n') {
                start += 2;
                continue;
            }
            int end = AmiBytes.findMessageEnd(buf, start, Math.max(scanned, start), limit);
            if (end < 0) {
                break;
            }
            messages++;
            handler.message(this, buf, start, end);
            if (closed) {
                return;
            }
            start = end;
        }
        keep(buf, start, limit);
    }

    private void keep(byte[] buf, int from, int limit) {
        int n = limit - from;
        if (n > carry.length) {
            carry = new byte[Math.max(n, Math.min(2 * carry.length + 256, 1 << 24))];
        }
        if (n > 0) {
            System.arraycopy(buf, from, carry, 0, n);
        }
        carryLength = n;
        loop.ensureReadRoom(n);
    }
}
