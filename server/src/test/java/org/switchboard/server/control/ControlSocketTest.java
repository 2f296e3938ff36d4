package org.switchboard.server.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliRegistry;
import org.switchboard.manager.cli.CliResult;

/** The control socket protocol of the module README, over a real Unix domain socket. */
class ControlSocketTest {
    static final ServerHello HELLO = new ServerHello("pbx1.example.org", 4242, "Switchboard test (Asterisk 22.10.1)");

    @TempDir
    Path dir;

    private final CliRegistry cli = new CliRegistry();
    private ControlServer server;

    @BeforeEach
    void start() throws IOException {
        cli.register(new EchoCommand());
        server = ControlServer.start(dir.resolve("run").resolve(ControlServer.SOCKET_NAME), cli, HELLO);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theServerGreetsFirst() throws IOException {
        try (ControlClient client = ControlClient.connect(server.socketPath())) {
            assertThat(client.hello()).isEqualTo(HELLO);
            assertThat(client.hello().shortHostName()).isEqualTo("pbx1");
        }
    }

    @Test
    void aCommandRunsAndItsOutputComesBackByteForByte() throws IOException {
        try (ControlClient client = ControlClient.connect(server.socketPath())) {
            byte[] line = "test echo caf\u00c3\u00a9 \"two words\"".getBytes(StandardCharsets.ISO_8859_1);

            ControlClient.CommandReply reply = client.execute(line);

            assertThat(reply.success()).isTrue();
            // a UTF-8 é typed in the terminal arrives as two byte-string characters and goes back as two bytes
            assertThat(reply.output()).isEqualTo("caf\u00c3\u00a9|two words\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void failuresAndUnknownCommandsAreReportedWithTheirText() throws IOException {
        try (ControlClient client = ControlClient.connect(server.socketPath())) {
            ControlClient.CommandReply unknown = client.execute("no such thing".getBytes(StandardCharsets.ISO_8859_1));

            assertThat(unknown.success()).isFalse();
            assertThat(new String(unknown.output(), StandardCharsets.ISO_8859_1)).isEqualTo(
                    "No such command 'no such thing' (type 'core show help no' for other possible commands)\n");
            assertThat(client.execute("test echo".getBytes(StandardCharsets.ISO_8859_1)).success()).isFalse();
        }
    }

    @Test
    void requestsOnOneConnectionAreAnsweredInOrder() throws IOException {
        try (ControlClient client = ControlClient.connect(server.socketPath())) {
            for (int i = 0; i < 50; i++) {
                byte[] output = client.execute(("test echo " + i).getBytes(StandardCharsets.ISO_8859_1)).output();
                assertThat(new String(output, StandardCharsets.ISO_8859_1)).isEqualTo(i + "\n");
            }
        }
    }

    @Test
    void completionComesFromTheRegistry() throws IOException {
        try (ControlClient client = ControlClient.connect(server.socketPath())) {
            List<byte[]> candidates = client.complete("test echo ".getBytes(StandardCharsets.ISO_8859_1));

            assertThat(candidates).extracting(b -> new String(b, StandardCharsets.ISO_8859_1))
                    .containsExactly("alpha", "beta");
            assertThat(client.complete("core show h".getBytes(StandardCharsets.ISO_8859_1)))
                    .extracting(b -> new String(b, StandardCharsets.ISO_8859_1)).containsExactly("help");
        }
    }

    @Test
    void attachedConsolesReceivePublishedLogLines() throws IOException {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (ControlClient attached = ControlClient.connect(server.socketPath());
             ControlClient other = ControlClient.connect(server.socketPath())) {
            List<String> otherLines = new CopyOnWriteArrayList<>();
            attached.attachLog(lines::add);
            other.attachLog(otherLines::add);
            // a reply proves the ATTACH_LOG before it was handled
            attached.execute("test echo x".getBytes(StandardCharsets.ISO_8859_1));
            other.execute("test echo x".getBytes(StandardCharsets.ISO_8859_1));

            server.publishLog("[Jan  1 00:00:00] NOTICE[main] Test: h\u00e9llo\n");

            await().until(() -> lines.size() == 1 && otherLines.size() == 1);
            assertThat(lines).containsExactly("[Jan  1 00:00:00] NOTICE[main] Test: h\u00e9llo\n");
        }
    }

    @Test
    void unattachedClientsGetNoLogLines() throws IOException {
        try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            raw.connect(UnixDomainSocketAddress.of(server.socketPath()));
            FrameChannel frames = new FrameChannel(raw);
            frames.read();

            server.publishLog("ignored\n");
            frames.write(new Frame(FrameType.EXECUTE, "test echo y".getBytes(StandardCharsets.ISO_8859_1)));

            assertThat(frames.read()).map(Frame::type).contains(FrameType.OUTPUT);
        }
    }

    @Test
    void theSocketIsOwnerOnlyAndRemovedOnClose() throws IOException {
        Path socket = server.socketPath();
        assertThat(Files.getPosixFilePermissions(socket))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        server.close();

        assertThat(socket).doesNotExist();
        assertThatThrownBy(() -> ControlClient.connect(socket)).isInstanceOf(IOException.class);
    }

    @Test
    void closingTheServerDisconnectsItsClients() throws IOException {
        AtomicBoolean disconnected = new AtomicBoolean();
        try (ControlClient client = ControlClient.connect(server.socketPath())) {
            client.onDisconnect(() -> disconnected.set(true));

            server.close();

            await().untilTrue(disconnected);
            assertThatThrownBy(() -> client.execute("test echo z".getBytes(StandardCharsets.ISO_8859_1)))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void aSecondServerOnALiveSocketIsRefused() {
        assertThatThrownBy(() -> ControlServer.start(server.socketPath(), cli, HELLO))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("already running");
        assertThat(server.socketPath()).exists();
    }

    @Test
    void aStaleSocketFileIsReplaced() throws IOException {
        Path stale = dir.resolve("stale").resolve(ControlServer.SOCKET_NAME);
        Files.createDirectories(stale.getParent());
        // a socket file nobody listens on any more, as a crashed server leaves it
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(stale));
        dead.close();
        assertThat(stale).exists();

        try (ControlServer replacement = ControlServer.start(stale, cli, HELLO);
             ControlClient client = ControlClient.connect(stale)) {
            assertThat(client.execute("test echo ok".getBytes(StandardCharsets.ISO_8859_1)).success()).isTrue();
            assertThat(replacement.socketPath()).isEqualTo(stale);
        }
    }

    @Test
    void aClientSendingAServerFrameGetsAnErrorAndIsDisconnected() throws IOException {
        try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            raw.connect(UnixDomainSocketAddress.of(server.socketPath()));
            FrameChannel frames = new FrameChannel(raw);
            assertThat(frames.read()).map(Frame::type).contains(FrameType.HELLO);

            frames.write(new Frame(FrameType.OUTPUT, new byte[] {0}));

            Optional<Frame> answer = frames.read();
            assertThat(answer).map(Frame::type).contains(FrameType.ERROR);
            assertThat(new String(answer.orElseThrow().payload(), StandardCharsets.UTF_8)).contains("OUTPUT");
            assertThat(frames.read()).isEmpty();
        }
    }

    @Test
    void anUnknownFrameTypeOrOversizedFrameIsRefused() throws IOException {
        for (byte[] bad : List.of(new byte[] {'Z', 0, 0, 0, 0}, new byte[] {'X', 0x7f, 0, 0, 0})) {
            try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                raw.connect(UnixDomainSocketAddress.of(server.socketPath()));
                FrameChannel frames = new FrameChannel(raw);
                frames.read();

                raw.write(ByteBuffer.wrap(bad));

                assertThat(frames.read()).map(Frame::type).contains(FrameType.ERROR);
                assertThat(frames.read()).isEmpty();
            }
        }
    }

    /** Prints its arguments joined by '|'; fails without any. Completes with alpha and beta. */
    static final class EchoCommand implements CliCommand {
        @Override
        public String command() {
            return "test echo";
        }

        @Override
        public String summary() {
            return "Echo the arguments";
        }

        @Override
        public String usage() {
            return "Usage: test echo <words>\n";
        }

        @Override
        public CliResult execute(CliInvocation invocation) {
            if (invocation.arguments().isEmpty()) {
                return CliResult.SHOWUSAGE;
            }
            invocation.print(String.join("|", invocation.arguments()) + "\n");
            return CliResult.SUCCESS;
        }

        @Override
        public List<String> complete(List<String> words, int position, String partial) {
            return List.of("alpha", "beta");
        }
    }
}
