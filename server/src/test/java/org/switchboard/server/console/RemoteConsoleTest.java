package org.switchboard.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliRegistry;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.server.control.ControlClient;
import org.switchboard.server.control.ControlServer;
import org.switchboard.server.control.ServerHello;

/** The -r console: completion and commands through the control socket. */
class RemoteConsoleTest {
    private static final ServerHello HELLO = new ServerHello("pbx1.example.org", 77, "Switchboard test (Asterisk 22.10.1)");

    @TempDir
    Path dir;

    private final CliRegistry cli = new CliRegistry();
    private ControlServer server;

    @BeforeEach
    void start() throws IOException {
        cli.register(new PeersCommand());
        server = ControlServer.start(dir.resolve(ControlServer.SOCKET_NAME), cli, HELLO);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void tabCompletionAsksTheServerWithTheLineUpToTheCursor() throws IOException {
        try (ControlClient client = ControlClient.connect(server.socketPath())) {
            ControlCompleter completer = new ControlCompleter(client, StandardCharsets.UTF_8);

            assertThat(complete(completer, "core show h", 11)).containsExactly("help");
            assertThat(complete(completer, "pjsip show ", 11)).containsExactly("endpoint", "endpoints", "registrations");
            assertThat(complete(completer, "pjsip show endpoint 1", 21)).containsExactly("100", "101");
            // the cursor sits after "pj": what follows it is not part of the question
            assertThat(complete(completer, "pj show", 2)).containsExactly("pjsip");
        }
    }

    @Test
    void aServerThatWentAwayCompletesNothing() throws IOException {
        try (ControlClient client = ControlClient.connect(server.socketPath())) {
            ControlCompleter completer = new ControlCompleter(client, StandardCharsets.UTF_8);
            server.close();

            assertThat(complete(completer, "core ", 5)).isEmpty();
        }
    }

    @Test
    void theConsoleRunsCommandsUntilExitAndKeepsHistory() throws IOException {
        Path history = dir.resolve("history");
        String typed = "pjsip show endpoints\n\n   \nno such\nEXIT\ncore show help\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();

        try (ControlClient client = ControlClient.connect(server.socketPath());
             Terminal terminal = new DumbTerminal("test", "dumb",
                     new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            int code = new RemoteConsole(terminal, history).run(client);

            assertThat(code).isZero();
        }

        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("Connected to Switchboard test (Asterisk 22.10.1) currently running on pbx1.example.org (pid = 77)\n");
        assertThat(shown).contains("pbx1*CLI> ");
        assertThat(shown).contains(" 100  Available\n 101  Unavailable\n");
        assertThat(shown).contains("No such command 'no such' (type 'core show help no' for other possible commands)\n");
        assertThat(shown).doesNotContain("Display help list");
        assertThat(Files.readString(history)).contains("pjsip show endpoints").contains("EXIT");
    }

    @Test
    void endOfInputLeavesTheConsole() throws IOException {
        try (ControlClient client = ControlClient.connect(server.socketPath());
             Terminal terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]),
                     new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            assertThat(new RemoteConsole(terminal, dir.resolve("history")).run(client)).isZero();
        }
        assertThat(server.socketPath()).exists();
    }

    @Test
    void theServersLogShowsAboveThePromptUntilTheServerGoesAway() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PipedOutputStream keyboard = new PipedOutputStream();
        try (ControlClient client = ControlClient.connect(server.socketPath());
             Terminal terminal = new DumbTerminal("test", "dumb", new PipedInputStream(keyboard), screen,
                     StandardCharsets.UTF_8)) {
            CompletableFuture<Integer> console = CompletableFuture.supplyAsync(() -> {
                try {
                    return new RemoteConsole(terminal, dir.resolve("history")).run(client);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            await().until(() -> screen.toString(StandardCharsets.UTF_8).contains("pbx1*CLI> "));

            server.publishLog("[Jan  1 00:00:00] NOTICE[core] Test: a call arrived\n");
            await().until(() -> screen.toString(StandardCharsets.UTF_8).contains("NOTICE[core] Test: a call arrived"));
            server.close();

            assertThat(console.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(screen.toString(StandardCharsets.UTF_8)).endsWith("\nDisconnected from Switchboard server\n");
        }
    }

    @Test
    void quitNeedsAWordOfItsOwn() {
        assertThat(RemoteConsole.isQuit("quit")).isTrue();
        assertThat(RemoteConsole.isQuit("  Exit now")).isTrue();
        assertThat(RemoteConsole.isQuit("exits")).isFalse();
        assertThat(RemoteConsole.isQuit("qui")).isFalse();
    }

    private static List<String> complete(ControlCompleter completer, String line, int cursor) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, cursor), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    /** pjsip show {endpoints|registrations}, plus an endpoint lookup completing endpoint names. */
    static final class PeersCommand implements CliCommand {
        @Override
        public String command() {
            return "pjsip show {endpoints|registrations|endpoint}";
        }

        @Override
        public String summary() {
            return "Show endpoints";
        }

        @Override
        public String usage() {
            return "Usage: pjsip show endpoints\n";
        }

        @Override
        public CliResult execute(CliInvocation invocation) {
            invocation.print(" 100  Available\n 101  Unavailable\n");
            return CliResult.SUCCESS;
        }

        @Override
        public List<String> complete(List<String> words, int position, String partial) {
            return position == 3 ? List.of("100", "101", "200") : List.of();
        }
    }
}
