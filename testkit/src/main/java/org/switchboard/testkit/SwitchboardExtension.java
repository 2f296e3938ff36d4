package org.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.switchboard.manager.Switchboard;
import org.switchboard.pbx.time.VirtualClock;

/**
 * Runs a Switchboard for JUnit 5 tests, on an ephemeral loopback port, from an Asterisk
 * configuration that the test names: a directory (copied, so tests may edit it) and/or files
 * given as text. Registered as a static field it serves the whole class; as an instance field,
 * each test gets a fresh server.
 *
 * <pre>{@code
 * @RegisterExtension
 * static SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of("manager.conf", """
 *         [general]
 *         enabled = yes
 *         bindaddr = 127.0.0.1
 *         [admin]
 *         secret = s3cret
 *         read = all
 *         write = all
 *         """)).virtualClock();
 *
 * @Test void ping(AmiTestClient client) {
 *     client.login("admin", "s3cret");
 *     ...
 * }
 * }</pre>
 *
 * Test methods may take an {@link AmiTestClient} (a fresh connection, closed after the test),
 * the {@link Switchboard}, or this extension.
 */
public final class SwitchboardExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Path sourceDir;
    private final Map<String, String> files = new LinkedHashMap<>();
    private VirtualClock clock;
    private boolean tls;
    private boolean http;
    private boolean https;
    private Switchboard server;
    private Path workDir;
    private boolean classScoped;
    private final List<AmiTestClient> clients = new ArrayList<>();

    private SwitchboardExtension(Path sourceDir) {
        this.sourceDir = sourceDir;
    }

    /** Starts from a copy of an existing configuration directory. */
    public static SwitchboardExtension withConfigDir(Path dir) {
        return new SwitchboardExtension(dir);
    }

    /** Starts from configuration files given as text (name to content). */
    public static SwitchboardExtension withFiles(Map<String, String> files) {
        SwitchboardExtension e = new SwitchboardExtension(null);
        e.files.putAll(files);
        return e;
    }

    /** Adds or replaces one configuration file. */
    public SwitchboardExtension file(String name, String content) {
        files.put(name, content);
        return this;
    }

    /** Uses a virtual clock starting at {@code start}: PBX time moves only when the test says so. */
    public SwitchboardExtension virtualClock(Instant start) {
        this.clock = new VirtualClock(start);
        return this;
    }

    /** Uses a virtual clock starting now. */
    public SwitchboardExtension virtualClock() {
        return virtualClock(Instant.ofEpochMilli(System.currentTimeMillis()));
    }

    /** Also binds the TLS listener on an ephemeral port (manager.conf must enable and configure it). */
    public SwitchboardExtension tls() {
        this.tls = true;
        return this;
    }

    /**
     * Also binds http.conf's HTTP listener (AMI over HTTP) on an ephemeral port; http.conf must
     * enable it and name a loopback bindaddr, manager.conf must have webenabled.
     */
    public SwitchboardExtension http() {
        this.http = true;
        return this;
    }

    /** Also binds http.conf's HTTPS listener on an ephemeral port (http.conf must enable and configure TLS). */
    public SwitchboardExtension https() {
        this.https = true;
        return this;
    }

    // ---- lifecycle ----

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        classScoped = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!classScoped) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        synchronized (clients) {
            clients.forEach(AmiTestClient::close);
            clients.clear();
        }
        if (!classScoped) {
            stop();
        }
    }

    /** Starts the server (the extension does this itself; public for manual use). */
    public void start() throws Exception {
        workDir = Files.createTempDirectory("switchboard-test");
        Path etc = workDir.resolve("etc");
        Files.createDirectories(etc);
        if (sourceDir != null) {
            copyTree(sourceDir, etc);
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(etc.resolve(f.getKey()), f.getValue(), StandardCharsets.ISO_8859_1);
        }
        Switchboard.Builder b = Switchboard.builder().configDir(etc).dataDir(workDir.resolve("data")).amiPort(0);
        if (tls) {
            b.tlsPort(0);
        }
        if (http) {
            b.httpPort(0);
        }
        if (https) {
            b.httpsPort(0);
        }
        if (clock != null) {
            b.clock(clock);
        }
        server = b.start();
    }

    /** Stops the server and deletes its working directory. */
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
        if (workDir != null) {
            deleteTree(workDir);
            workDir = null;
        }
    }

    // ---- what tests use ----

    public Switchboard server() {
        if (server == null) {
            throw new IllegalStateException("the server is not running");
        }
        return server;
    }

    public InetSocketAddress amiAddress() {
        return server().amiAddress().orElseThrow(() -> new IllegalStateException("the AMI listener is disabled"));
    }

    public InetSocketAddress tlsAddress() {
        return server().tlsAddress().orElseThrow(() -> new IllegalStateException("the TLS listener is disabled"));
    }

    /** The AMI-over-HTTP address (see {@link #http()}). */
    public InetSocketAddress httpAddress() {
        return server().httpAddress().orElseThrow(() -> new IllegalStateException("the HTTP listener is disabled"));
    }

    /** The AMI-over-HTTPS address (see {@link #https()}). */
    public InetSocketAddress httpsAddress() {
        return server().httpsAddress().orElseThrow(() -> new IllegalStateException("the HTTPS listener is disabled"));
    }

    /** {@code http://127.0.0.1:<port>} followed by {@code pathAndQuery} (which starts with {@code /}). */
    public URI httpUri(String pathAndQuery) {
        InetSocketAddress a = httpAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + pathAndQuery);
    }

    /** The virtual clock, when the extension was given one. */
    public VirtualClock clock() {
        if (clock == null) {
            throw new IllegalStateException("this extension runs on the system clock");
        }
        return clock;
    }

    /** The live configuration directory (a copy: tests may change files and reload). */
    public Path configDir() {
        return server().configDir();
    }

    /** A new connection to the plain listener, closed after the test. */
    public AmiTestClient connect() {
        try {
            return track(AmiTestClient.connect(amiAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new connection, logged in with a plain secret (the login must succeed). */
    public AmiTestClient login(String username, String secret) {
        AmiTestClient c = connect();
        String response = c.login(username, secret).header("Response");
        if (!"Success".equals(response)) {
            throw new AssertionError("login as " + username + " failed: " + response);
        }
        return c;
    }

    /** Keeps a client to close it after the test. */
    public AmiTestClient track(AmiTestClient client) {
        synchronized (clients) {
            clients.add(client);
        }
        return client;
    }

    // ---- parameters ----

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        Class<?> type = p.getParameter().getType();
        return type == AmiTestClient.class || type == Switchboard.class || type == SwitchboardExtension.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        Class<?> type = p.getParameter().getType();
        if (type == AmiTestClient.class) {
            return connect();
        }
        if (type == Switchboard.class) {
            return server();
        }
        return this;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
