package org.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;

/**
 * Stopping the {@code switchboard} process (asterisk.c really_quit; manager.c manager_shutdown):
 * SIGTERM, {@code core stop gracefully} through the Command action and through {@code -rx} all
 * publish {@code Event: Shutdown} with {@code Shutdown: Cleanly} and {@code Restart: False}
 * (class system), which reaches exactly the sessions that may read it, then close every session,
 * logged in or not, after what was queued for it; the process exits 0. The server runs as a child
 * JVM, as it does in production.
 */
class GracefulShutdownTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    private Process server;
    private int port;

    @AfterEach
    void killLeftover() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void sigtermSendsShutdownToEverySessionThatMayReadItAndClosesAll() throws Exception {
        startServer();
        try (Sessions s = new Sessions()) {
            server.destroy();   // SIGTERM
            s.assertShutdownSeen();
        }
        assertThat(server.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
    }

    @Test
    void sigintAsCtrlCSendsDoesTheSame() throws Exception {
        startServer();
        // a JVM started with SIGINT ignored (a background job of a shell without job control)
        // keeps it ignored, as any process would: there is no Ctrl-C to test then
        org.junit.jupiter.api.Assumptions.assumeFalse(sigintIgnored(server.pid()), "SIGINT is ignored in this environment");
        try (Sessions s = new Sessions()) {
            // Java can only send SIGTERM/SIGKILL; Ctrl-C in a terminal is SIGINT
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            s.assertShutdownSeen();
        }
        assertThat(server.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
        assertThat(work.resolve("data/run/switchboard.ctl")).doesNotExist();
    }

    @Test
    void coreStopGracefullyThroughTheCommandActionDoesTheSame() throws Exception {
        startServer();
        try (Sessions s = new Sessions()) {
            AmiMessage reply = s.admin.request("Action: Command", "Command: core stop gracefully", "ActionID: stop");
            assertThat(reply.headers().lines()).containsExactly("Response: Success", "ActionID: stop",
                    "Message: Command output follows", "Output: ");
            s.assertShutdownSeen();
        }
        assertThat(server.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
    }

    @Test
    void coreStopGracefullyThroughRxDoesTheSame() throws Exception {
        startServer();
        try (Sessions s = new Sessions()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    (c, d) -> {
                        throw new IllegalStateException("-rx starts no server");
                    }, () -> {
                        throw new IllegalStateException("-rx installs no signal handlers");
                    }).run("--config-dir", work.resolve("etc").toString(), "--data-dir", work.resolve("data").toString(),
                    "-rx", "core stop gracefully");
            assertThat(code).as("stderr: %s", err).isZero();
            s.assertShutdownSeen();
        }
        assertThat(server.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
    }

    /** An admin (reads system), a user-class reader and a client that never logs in. */
    private final class Sessions implements AutoCloseable {
        final AmiTestClient admin = AmiTestClient.connect(address());
        final AmiTestClient reader = AmiTestClient.connect(address());
        final AmiTestClient stranger = AmiTestClient.connect(address());

        Sessions() throws IOException {
            assertThat(admin.login("admin", "pw").header("Response")).isEqualTo("Success");
            assertThat(reader.login("reader", "pw").header("Response")).isEqualTo("Success");
            assertThat(stranger.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
        }

        void assertShutdownSeen() {
            AmiMessage shutdown = admin.awaitMessage(0, m -> "Shutdown".equals(m.header("Event")), WAIT);
            assertThat(shutdown.headers().lines()).containsExactly("Event: Shutdown", "Privilege: system,all",
                    "Shutdown: Cleanly", "Restart: False");
            // every session is closed, and nothing follows the Shutdown event on the admin's
            for (AmiTestClient c : List.of(admin, reader, stranger)) {
                assertThat(c.awaitClosed(WAIT)).isTrue();
            }
            assertThat(admin.messages().get(admin.messageCount() - 1)).isEqualTo(shutdown);
            // read = user cannot see a system event; the stranger never logged in
            assertThat(reader.find(m -> "Shutdown".equals(m.header("Event")))).isEmpty();
            assertThat(stranger.messages()).isEmpty();
        }

        @Override
        public void close() {
            admin.close();
            reader.close();
            stranger.close();
        }
    }

    private InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    private void startServer() throws Exception {
        port = freePort();
        Path etc = Files.createDirectories(work.resolve("etc"));
        Files.writeString(etc.resolve("manager.conf"), """
                [general]
                enabled = yes
                bindaddr = 127.0.0.1
                port = %d

                [admin]
                secret = pw
                read = all
                write = all

                [reader]
                secret = pw
                read = user
                write = user
                """.formatted(port));
        Path log = work.resolve("server.log");
        server = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--config-dir", etc.toString(), "--data-dir", work.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !server.isAlive()
                || Files.readString(log, StandardCharsets.ISO_8859_1).contains("AMI ready on 127.0.0.1:" + port));
        assertThat(server.isAlive()).as("server started (log: %s)", log).isTrue();
    }

    /** Linux: bit 1 (SIGINT is 2) of the SigIgn mask in /proc/PID/status. */
    private static boolean sigintIgnored(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2L) != 0;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
