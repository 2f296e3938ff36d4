package org.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code switchboard --config-dir DIR} as a child process, the way users run it: DIR/asterisk.conf
 * [directories] places AstDB and the control socket (relative paths against the working
 * directory), {@code --data-dir} overrides them, {@code -rx} finds the server from the same
 * options, and what Switchboard does not use is logged once and ignored.
 */
class ConfigDirProcessTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    private Process server;
    private Path log;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void asteriskConfDirectoriesAreRelativeToTheWorkingDirectoryAndRxFindsTheServer() throws Exception {
        Path etc = configDir("""
                [directories](!)
                astrundir => /nonexistent/template/run
                [directories]
                astdbdir => state/db
                astrundir => state/run
                astspooldir => state/spool
                astlogdir => state/log
                """);
        start("--config-dir", etc.toString());

        assertThat(work.resolve("state/db/astdb.sqlite3")).exists();
        assertThat(work.resolve("state/run/switchboard.ctl")).exists();
        Result rx = client("--config-dir", etc.toString(), "-rx", "manager show connected");
        assertThat(rx.code).as(rx.err).isZero();
        assertThat(rx.out).startsWith("  Username         IP Address ").endsWith("0 users connected.\n");
    }

    @Test
    void dataDirOverridesAsteriskConfDirectories() throws Exception {
        Path etc = configDir("[directories]\nastdbdir => state/db\nastrundir => state/run\n");
        start("--config-dir", etc.toString(), "--data-dir", "mine");

        assertThat(work.resolve("mine/run/switchboard.ctl")).exists();
        assertThat(work.resolve("mine/lib/astdb.sqlite3")).exists();
        assertThat(work.resolve("state")).doesNotExist();
        Result rx = client("--config-dir", etc.toString(), "--data-dir", "mine", "-rx", "core show version");
        assertThat(rx.code).as(rx.err).isZero();
        assertThat(rx.out).startsWith("Asterisk 22.10.1 built by ");
    }

    @Test
    void unknownFilesAndOptionsAreLoggedOnceAndIgnored() throws Exception {
        Path etc = configDir("[options]\nverbose = 3\nnocolor = yes\nhideconnect = yes\n");
        Files.writeString(etc.resolve("sip.conf"), "[general]\nbindport = 5060\n");
        Files.writeString(etc.resolve("voicemail.conf"), "[default]\n1234 => 4242,Example Mailbox\n");
        // an invalid file Switchboard does read: refused (config.c), named with its line, once
        Files.writeString(etc.resolve("http.conf"), "; comment\nenabled = yes\n[general]\n");
        start("--config-dir", etc.toString());
        assertThat(Files.readAllLines(log, StandardCharsets.ISO_8859_1))
                .filteredOn(l -> l.contains(etc.resolve("http.conf") + ":2: parse error: No category context"))
                .hasSize(1);
        Result reload = client("--config-dir", etc.toString(), "-rx", "core reload");
        assertThat(reload.code).as(reload.err).isZero();
        client("--config-dir", etc.toString(), "-rx", "manager reload");

        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        List<String> unread = lines.stream().filter(l -> l.contains("they are ignored")).toList();
        assertThat(unread).hasSize(1);
        assertThat(unread.get(0)).contains("WARNING").endsWith("they are ignored: sip.conf, voicemail.conf");
        // an option manager.c does not know: its NOTICE (manager.c "Invalid keyword"); the reloads
        // above re-read nothing, as manager.conf did not change
        assertThat(lines).filteredOn(l -> l.contains("Invalid keyword <frobnicate> = <yes> in manager.conf [general]"))
                .hasSize(1);
        // asterisk.conf options Switchboard does not implement, in one warning (nocolor has no effect)
        List<String> options = lines.stream().filter(l -> l.contains("asterisk.conf [options]")).toList();
        assertThat(options).hasSize(1);
        assertThat(options.get(0)).contains("WARNING").endsWith("Switchboard does not implement hideconnect; ignored");
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void aPortInUseStopsTheStartWithTheAddressNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path etc = configDir("", taken.getLocalPort());
            Result start = client("--config-dir", etc.toString(), "--data-dir", "data");
            assertThat(start.code).isEqualTo(1);
            assertThat(start.err).contains("Switchboard could not start: Unable to bind AMI server to 127.0.0.1:"
                    + taken.getLocalPort() + ": Address already in use\n");
        }
        assertThat(work.resolve("data/run/switchboard.ctl")).doesNotExist();
    }

    private Path configDir(String asteriskConf) throws IOException {
        return configDir(asteriskConf, freePort());
    }

    private Path configDir(String asteriskConf, int port) throws IOException {
        Path etc = Files.createDirectories(work.resolve("etc"));
        Files.writeString(etc.resolve("asterisk.conf"), asteriskConf);
        Files.writeString(etc.resolve("manager.conf"), """
                [general]
                enabled = yes
                bindaddr = 127.0.0.1
                port = %d
                frobnicate = yes

                [admin]
                secret = pw
                read = all
                write = all
                """.formatted(port));
        return etc;
    }

    private void start(String... args) throws Exception {
        log = work.resolve("server.log");
        List<String> cmd = java(args);
        server = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        await().atMost(WAIT).until(() -> !server.isAlive()
                || Files.readString(log, StandardCharsets.ISO_8859_1).contains("AMI ready on 127.0.0.1:"));
        assertThat(server.isAlive()).as("server started; its log:%n%s", Files.readString(log, StandardCharsets.ISO_8859_1)).isTrue();
    }

    private record Result(int code, String out, String err) {
    }

    /** {@code switchboard ARGS} as a process that is expected to end, in the server's working directory. */
    private Result client(String... args) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(java(args)).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString(),
                "-cp", absoluteClassPath(), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The test's class path with absolute entries, since the child runs in another directory. */
    private static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(e).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
