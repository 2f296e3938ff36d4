package org.switchboard.testkit.soak;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.switchboard.protocol.AmiLimits;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.protocol.AmiParser;
import org.switchboard.protocol.Latin1;

/**
 * A lean AMI connection for long runs: unlike the test client it keeps nothing it received. A
 * reply whose ActionID was asked for with {@link #request} completes that request; every other
 * message (events, replies nobody waits for) goes to the consumer given at connect time, on the
 * reader thread.
 */
final class SoakClient implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final Consumer<AmiMessage> others;
    private final Map<String, CompletableFuture<AmiMessage>> waiting = new ConcurrentHashMap<>();
    private final CompletableFuture<String> banner = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private SoakClient(Socket socket, Consumer<AmiMessage> others) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.others = others;
        Thread reader = new Thread(this::readLoop, "soak-client-" + socket.getLocalPort());
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects; {@code others} receives what no request waits for. */
    static SoakClient connect(InetSocketAddress server, Consumer<AmiMessage> others) throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(server, 5000);
        return new SoakClient(s, others);
    }

    /** The banner line, once it has arrived. */
    CompletableFuture<String> banner() {
        return banner;
    }

    /** Completes when the server closed the connection (or it failed). */
    CompletableFuture<Void> closed() {
        return closed;
    }

    /** Sends one request with this ActionID; the stage completes with its reply. */
    CompletableFuture<AmiMessage> request(String actionId, String... headerLines) {
        CompletableFuture<AmiMessage> reply = new CompletableFuture<>();
        waiting.put(actionId, reply);
        StringBuilder b = new StringBuilder(128);
        for (String line : headerLines) {
            b.append(line).append("\r\n");
        }
        b.append("ActionID: ").append(actionId).append("\r\n\r\n");
        try {
            sendRaw(b.toString());
        } catch (UncheckedIOException e) {
            waiting.remove(actionId);
            reply.completeExceptionally(e);
        }
        return reply;
    }

    /** Sends bytes as they are (ISO-8859-1). */
    synchronized void sendRaw(String text) {
        try {
            out.write(Latin1.encode(text));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already failed: nothing left to release
        }
    }

    private void readLoop() {
        AmiParser parser = new AmiParser(new AmiLimits(1 << 20, 1 << 16));
        StringBuilder bannerLine = new StringBuilder();
        byte[] buf = new byte[16384];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                int start = 0;
                while (!banner.isDone() && start < n) {
                    char c = (char) (buf[start++] & 0xff);
                    if (c == '\n') {
                        banner.complete(bannerLine.toString().strip());
                    } else {
                        bannerLine.append(c);
                    }
                }
                if (start < n) {
                    parser.feed(ByteBuffer.wrap(buf, start, n - start), this::dispatch);
                }
            }
        } catch (IOException e) {
            // the connection ended; whoever waits is told below
        } finally {
            IOException ended = new IOException("connection closed");
            banner.completeExceptionally(ended);
            waiting.values().forEach(f -> f.completeExceptionally(ended));
            closed.complete(null);
        }
    }

    private void dispatch(AmiMessage m) {
        if (!m.headers().has("Event")) {
            CompletableFuture<AmiMessage> f = waiting.remove(m.actionId());
            if (f != null) {
                f.complete(m);
                return;
            }
        }
        others.accept(m);
    }
}
