package org.switchboard.bench.mode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The {@code limit} mode's stand-in server: on loopback, it sends its clients the AMI banner and
 * then the same pre-encoded event over and over, as fast as each socket takes it, from one
 * thread. There is no AMI logic at all, so what its clients count is the ceiling of the machine
 * and of the client.
 */
final class LimitServer implements AutoCloseable {
    private static final byte[] BANNER = "Asterisk Call Manager/11.0.0\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK_BYTES = 64 * 1024;

    private final ServerSocketChannel server;
    private final ByteBuffer chunk;
    private final int eventsPerChunk;
    private final Thread writer;
    private volatile boolean running = true;
    private volatile IOException failure;
    private final Selector selector;

    /** Binds an ephemeral loopback port; {@link #start} then serves {@code clients} connections. */
    LimitServer(int eventBytes) throws IOException {
        byte[] event = event(eventBytes);
        this.eventsPerChunk = Math.max(1, CHUNK_BYTES / event.length);
        this.chunk = ByteBuffer.allocateDirect(eventsPerChunk * event.length);
        for (int i = 0; i < eventsPerChunk; i++) {
            chunk.put(event);
        }
        chunk.flip();
        this.server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        this.selector = Selector.open();
        this.writer = new Thread(this::serve, "limit-server");
        writer.setDaemon(true);
    }

    /**
     * One event of exactly {@code bytes} bytes when that is at least the size of the event
     * without padding: a UserEvent as a server renders it, with the headers a fanout listener
     * reads and a BenchPad header making up the size.
     */
    static byte[] event(int bytes) {
        String head = "Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: SwitchboardBench\r\n"
                + "ActionID: 1234567\r\nBenchSeq: 1234567\r\nBenchSent: 1234567890123456\r\n";
        String padLine = "BenchPad: \r\n";
        int pad = bytes - head.length() - padLine.length() - 2;
        String text = pad < 0 ? head + "\r\n" : head + "BenchPad: " + "x".repeat(pad) + "\r\n\r\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    InetSocketAddress address() throws IOException {
        return (InetSocketAddress) server.getLocalAddress();
    }

    int eventBytes() {
        return chunk.limit() / eventsPerChunk;
    }

    /** Accepts {@code clients} connections (already connecting) and starts writing to them. */
    void start(int clients) throws IOException {
        for (int i = 0; i < clients; i++) {
            SocketChannel ch = server.accept();
            ch.configureBlocking(false);
            int snd = Integer.getInteger("exp.sndbuf", 0);
            if (snd > 0) {
                ch.setOption(java.net.StandardSocketOptions.SO_SNDBUF, snd);
            }
            ByteBuffer banner = ByteBuffer.wrap(BANNER);
            ch.register(selector, SelectionKey.OP_WRITE, new Stream(banner, chunk.duplicate()));
        }
        writer.start();
    }

    private void serve() {
        try {
            while (running) {
                selector.select(this::write, 100);
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    private void write(SelectionKey key) {
        Stream s = (Stream) key.attachment();
        SocketChannel ch = (SocketChannel) key.channel();
        try {
            if (s.banner.hasRemaining()) {
                ch.write(s.banner);
                if (s.banner.hasRemaining()) {
                    return;
                }
            }
            // keep writing while the socket takes whole chunks; stop at the first short write
            while (running) {
                int n = ch.write(s.events);
                if (!s.events.hasRemaining()) {
                    s.events.clear();
                }
                if (n == 0 || s.events.position() != 0) {
                    return;
                }
            }
        } catch (IOException e) {
            key.cancel();   // the client went away: the run is ending
        }
    }

    /** An error the writer hit, if any. */
    IOException failure() {
        return failure;
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            for (SelectionKey k : selector.keys()) {
                k.channel().close();
            }
            selector.close();
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private static final class Stream {
        final ByteBuffer banner;
        final ByteBuffer events;

        Stream(ByteBuffer banner, ByteBuffer events) {
            this.banner = banner;
            this.events = events;
        }
    }
}
