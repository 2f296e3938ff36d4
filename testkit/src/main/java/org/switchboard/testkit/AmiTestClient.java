package org.switchboard.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.switchboard.protocol.AmiLimits;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.protocol.AmiParser;
import org.switchboard.protocol.Latin1;

/**
 * A small AMI client for tests: raw bytes in, messages out. It keeps every byte received (for
 * byte-exact comparisons with captures) and every framed message in arrival order (for
 * Awaitility-style waits). The banner, which Asterisk sends without a blank line after it, is
 * read apart from the messages.
 *
 * <p>Thread-safe. Close it (try-with-resources) to stop its reader thread.
 */
public final class AmiTestClient implements AutoCloseable {
    /** How long the waiting methods wait by default. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final Socket socket;
    private final OutputStream out;
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
    private final List<AmiMessage> messages = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final StringBuilder bannerLine = new StringBuilder();
    private volatile String banner;
    private final Thread reader;

    private AmiTestClient(Socket socket) throws IOException {
        this.socket = socket;
        this.socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        this.reader = new Thread(this::readLoop, "ami-test-client-" + socket.getLocalPort());
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Connects over plain TCP. */
    public static AmiTestClient connect(InetSocketAddress server) throws IOException {
        Socket s = new Socket();
        s.connect(server, 5000);
        return new AmiTestClient(s);
    }

    /** Connects from a chosen local address, e.g. 127.0.0.2, to test ACLs from real addresses. */
    public static AmiTestClient connectFrom(InetAddress localAddress, InetSocketAddress server) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(localAddress, 0));
        s.connect(server, 5000);
        return new AmiTestClient(s);
    }

    /** Connects over TLS with the given context (trusting the server's certificate). */
    public static AmiTestClient connectTls(InetSocketAddress server, SSLContext context) throws IOException {
        SSLSocket s = (SSLSocket) context.getSocketFactory().createSocket();
        s.connect(server, 5000);
        s.startHandshake();
        return new AmiTestClient(s);
    }

    // ---- sending ----

    /** Sends raw text as bytes (ISO-8859-1), exactly as given. */
    public AmiTestClient sendRaw(String text) {
        return sendRaw(Latin1.encode(text));
    }

    public synchronized AmiTestClient sendRaw(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Sends one request: each header line, CR LF after each, then the blank line. */
    public AmiTestClient send(String... headerLines) {
        StringBuilder b = new StringBuilder();
        for (String line : headerLines) {
            b.append(line).append("\r\n");
        }
        return sendRaw(b.append("\r\n").toString());
    }

    /** Sends a request and waits for the reply carrying its ActionID (which must be given). */
    public AmiMessage request(String... headerLines) {
        String id = null;
        for (String line : headerLines) {
            if (line.regionMatches(true, 0, "ActionID:", 0, 9)) {
                id = line.substring(9).trim();
            }
        }
        if (id == null) {
            throw new IllegalArgumentException("request() needs an ActionID header to match the reply");
        }
        int from = messageCount();
        send(headerLines);
        String wanted = id;
        return awaitMessage(from, m -> m.headers().has("Response") && m.actionId().trim().equals(wanted), DEFAULT_WAIT);
    }

    /** Logs in with a plain secret and returns the reply (Success or Error). */
    public AmiMessage login(String username, String secret) {
        return request("Action: Login", "Username: " + username, "Secret: " + secret, "ActionID: login-" + username);
    }

    /** Logs in with a plain secret and an Events header. */
    public AmiMessage login(String username, String secret, String events) {
        return request("Action: Login", "Username: " + username, "Secret: " + secret, "Events: " + events,
                "ActionID: login-" + username);
    }

    // ---- receiving ----

    /** The banner line (without CR LF), waiting for it if needed. */
    public String banner() {
        long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
        synchronized (this) {
            while (banner == null && closed.getCount() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no banner within " + DEFAULT_WAIT);
                }
                waitQuietly(left);
            }
            return banner;
        }
    }

    /** Every message received so far, in order. */
    public synchronized List<AmiMessage> messages() {
        return List.copyOf(messages);
    }

    /** The messages received from index {@code from} on (one consistent snapshot). */
    public synchronized List<AmiMessage> messagesSince(int from) {
        return List.copyOf(messages.subList(from, messages.size()));
    }

    public synchronized int messageCount() {
        return messages.size();
    }

    /** Every byte received so far, banner included, as ISO-8859-1 text. */
    public synchronized String received() {
        return Latin1.decode(raw.toByteArray());
    }

    /** Waits for the first message from index {@code from} on that matches. */
    public AmiMessage awaitMessage(int from, Predicate<AmiMessage> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            int i = from;
            while (true) {
                for (; i < messages.size(); i++) {
                    if (wanted.test(messages.get(i))) {
                        return messages.get(i);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (closed.getCount() == 0 && i >= messages.size())) {
                    throw new AssertionError("no matching message within " + timeout + (closed.getCount() == 0
                            ? " (connection closed)" : "") + "; received:\n" + received());
                }
                waitQuietly(left);
            }
        }
    }

    /** Waits for an event with that name (from the start of the session). */
    public AmiMessage awaitEvent(String name) {
        return awaitMessage(0, m -> m.header("Event").equals(name), DEFAULT_WAIT);
    }

    /** Waits until at least {@code count} messages have arrived; returns them all. */
    public List<AmiMessage> awaitMessages(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (messages.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed.getCount() == 0) {
                    throw new AssertionError("expected " + count + " messages, got " + messages.size()
                            + "; received:\n" + received());
                }
                waitQuietly(left);
            }
            return List.copyOf(messages);
        }
    }

    /** The first message that matches, if one arrived already. */
    public synchronized Optional<AmiMessage> find(Predicate<AmiMessage> wanted) {
        return messages.stream().filter(wanted).findFirst();
    }

    /**
     * Waits until {@code condition} (checked whenever bytes arrive) holds, or the connection
     * closes, or the time is up; returns whether it holds.
     */
    public boolean awaitUntil(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed.getCount() == 0) {
                    return condition.getAsBoolean();
                }
                waitQuietly(left);
            }
            return true;
        }
    }

    /** True once the server closed the connection (or it failed). */
    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Waits for the server to close the connection; false on timeout. */
    public boolean awaitClosed(Duration timeout) {
        try {
            return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Stops reading without closing: the server sees a client that no longer reads. */
    public void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that already failed
        }
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readLoop() {
        AmiParser parser = new AmiParser(new AmiLimits(1 << 20, 1 << 16));
        byte[] buf = new byte[16384];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (this) {
                    raw.write(buf, 0, n);
                    int start = 0;
                    if (banner == null) {
                        start = takeBanner(buf, n);
                    }
                    if (start < n) {
                        parser.feed(ByteBuffer.wrap(buf, start, n - start), messages::add);
                    }
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the connection ended; the waits report what was received
        } finally {
            closed.countDown();
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** Consumes banner bytes up to its LF; returns where the messages start. */
    private int takeBanner(byte[] buf, int n) {
        for (int i = 0; i < n; i++) {
            char c = (char) (buf[i] & 0xff);
            if (c == '\n') {
                String line = bannerLine.toString();
                banner = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                return i + 1;
            }
            bannerLine.append(c);
        }
        return n;
    }

    private void waitQuietly(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
