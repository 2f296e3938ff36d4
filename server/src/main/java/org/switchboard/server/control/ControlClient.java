package org.switchboard.server.control;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The client end of the control socket, used by {@code -x}/{@code -rx} and the console. Requests
 * are answered in order, one at a time; a background thread reads the socket so that log lines
 * can arrive while the client waits or the user types.
 *
 * <p>Command lines and output travel as bytes: the caller encodes what the user typed in the
 * terminal's charset and writes the output bytes back unchanged.
 */
public final class ControlClient implements AutoCloseable {
    /** What a command produced. */
    public record CommandReply(byte[] output, boolean success) { }

    private static final Frame CLOSED = Frame.of(FrameType.ERROR);

    private final FrameChannel channel;
    private final ServerHello hello;
    private final LinkedBlockingQueue<Frame> replies = new LinkedBlockingQueue<>();
    private volatile Consumer<String> logListener = line -> { };
    private volatile Runnable disconnectListener = () -> { };
    private volatile boolean closed;

    private ControlClient(FrameChannel channel, ServerHello hello) {
        this.channel = channel;
        this.hello = hello;
    }

    /**
     * Connects and reads the server's greeting.
     *
     * @throws IOException when nothing listens at {@code socketPath} (the file is missing, or
     *         stale), or the peer does not speak this protocol
     */
    public static ControlClient connect(Path socketPath) throws IOException {
        SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX);
        FrameChannel channel = new FrameChannel(socket);
        try {
            socket.connect(UnixDomainSocketAddress.of(socketPath));
            Frame first = channel.read().orElseThrow(() -> new ProtocolException("server closed before HELLO"));
            ControlClient client = new ControlClient(channel, ServerHello.fromFrame(first));
            client.startReader();
            return client;
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public ServerHello hello() {
        return hello;
    }

    /** Runs a command line on the server. */
    public synchronized CommandReply execute(byte[] commandLine) throws IOException {
        Frame reply = request(new Frame(FrameType.EXECUTE, commandLine), FrameType.OUTPUT);
        return new CommandReply(reply.output(), reply.succeeded());
    }

    /** The server's completion candidates for the last word of a partial line. */
    public synchronized List<byte[]> complete(byte[] partialLine) throws IOException {
        return request(new Frame(FrameType.COMPLETE, partialLine), FrameType.MATCHES).strings();
    }

    /**
     * Asks for the server's log. Each line (with its newline) goes to {@code listener} on the
     * client's reader thread.
     */
    public synchronized void attachLog(Consumer<String> listener) throws IOException {
        logListener = listener;
        channel.write(Frame.of(FrameType.ATTACH_LOG));
    }

    /** Called once, on the reader thread, when the server goes away. */
    public void onDisconnect(Runnable listener) {
        disconnectListener = listener;
    }

    public boolean isConnected() {
        return !closed && channel.isOpen();
    }

    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do with a socket that will not close
        }
    }

    private Frame request(Frame frame, FrameType expected) throws IOException {
        if (!isConnected()) {
            throw new IOException("not connected to the Switchboard server");
        }
        channel.write(frame);
        Frame reply;
        try {
            reply = replies.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the server", e);
        }
        if (reply == CLOSED) {
            replies.offer(CLOSED);
            throw new IOException("the Switchboard server closed the connection");
        }
        if (reply.type() == FrameType.ERROR) {
            throw new ProtocolException("server refused the request: " + new String(reply.payload(), StandardCharsets.UTF_8));
        }
        if (reply.type() != expected) {
            throw new ProtocolException("expected " + expected + ", got " + reply.type());
        }
        return reply;
    }

    private void startReader() {
        Thread reader = new Thread(this::readLoop, "control-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop() {
        try {
            while (true) {
                Optional<Frame> frame = channel.read();
                if (frame.isEmpty()) {
                    break;
                }
                if (frame.get().type() == FrameType.LOG) {
                    logListener.accept(new String(frame.get().payload(), StandardCharsets.UTF_8));
                } else {
                    replies.offer(frame.get());
                }
            }
        } catch (IOException e) {
            // the connection is gone either way; requests learn it from CLOSED
        }
        replies.offer(CLOSED);
        boolean expected = closed;
        close();
        if (!expected) {
            disconnectListener.run();
        }
    }
}
