package org.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.manager.cli.CliRegistry;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.server.control.ControlServer;
import org.switchboard.server.control.ServerHello;

/** switchboard -rx / -x through Main, against a control socket where --data-dir says it is. */
class ExecuteModeTest {
    private static final ServerHello HELLO = new ServerHello("pbx1", 1, "Switchboard test");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Main main = new Main(new PrintStream(out, true), new PrintStream(err, true), (c, d) -> {
        throw new AssertionError("a client must not start a server");
    }, ServerModeTest::noTermination);

    private ControlServer serverWith(CliRegistry cli) throws IOException {
        return ControlServer.start(dataDir.resolve("run").resolve(ControlServer.SOCKET_NAME), cli, HELLO);
    }

    @Test
    void rxPrintsTheOutputExactlyAndExitsZero() throws IOException {
        CliRegistry cli = new CliRegistry();
        cli.register(new FakeCommand("fake show", inv -> {
            inv.print("line one\n\tline two\n\n");
            return CliResult.SUCCESS;
        }));
        try (ControlServer server = serverWith(cli)) {
            int code = main.run("--data-dir", dataDir.toString(), "-rx", "fake show");

            assertThat(code).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("line one\n\tline two\n\n");
            assertThat(err.size()).isZero();
        }
    }

    @Test
    void rAndXApartWorkTheSame() throws IOException {
        CliRegistry cli = new CliRegistry();
        cli.register(new FakeCommand("fake show", inv -> {
            inv.print(String.join(",", inv.arguments()) + "\n");
            return CliResult.SUCCESS;
        }));
        try (ControlServer server = serverWith(cli)) {
            int code = main.run("-r", "--data-dir", dataDir.toString(), "-x", "fake show a \"b c\"");

            assertThat(code).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b c\n");
        }
    }

    @Test
    void aFailingCommandPrintsItsOutputAndExitsOne() throws IOException {
        try (ControlServer server = serverWith(new CliRegistry())) {
            int code = main.run("--data-dir", dataDir.toString(), "-rx", "core show nothing");

            assertThat(code).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                    "No such command 'core show nothing' (type 'core show help core' for other possible commands)\n");
        }
    }

    @Test
    void withoutAServerOneClearLineAndExitOne() {
        int code = main.run("--data-dir", dataDir.toString(), "-rx", "core show help");

        assertThat(code).isEqualTo(1);
        assertThat(out.size()).isZero();
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).isEqualTo("No Switchboard server is running (no control socket at "
                + dataDir.resolve("run").resolve(ControlServer.SOCKET_NAME) + ")\n");
    }

    @Test
    void aStaleSocketIsReportedAsNoServer() throws IOException {
        Path socket = dataDir.resolve("run").resolve(ControlServer.SOCKET_NAME);
        Files.createDirectories(socket.getParent());
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket));
        }

        int code = main.run("--data-dir", dataDir.toString(), "-x", "core show help");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "No Switchboard server is running (nothing answers on " + socket + ")\n");
    }
}
