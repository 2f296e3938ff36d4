package org.switchboard.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.jline.terminal.Terminal;
import org.jline.terminal.Size;
import org.jline.terminal.TerminalBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.console.RemoteConsole;
import org.switchboard.server.control.ControlClient;

/** {@code switchboard -r}: the interactive console on the system terminal. */
final class ConsoleMode {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleMode.class);

    /** Like Asterisk's ~/.asterisk_history. */
    static final String HISTORY_FILE = ".switchboard_history";

    private final PrintStream err;

    ConsoleMode(PrintStream err) {
        this.err = err;
    }

    // asterisk.c reads $HOME; the JVM's user.home comes from the password database instead
    static Path homeDirectory() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    /**
     * A pseudo-terminal nobody sized (0 columns, as under some CI runners and {@code script})
     * makes JLine draw the prompt as dots and echo nothing; such a terminal gets 80x24.
     */
    static void withUsableSize(Terminal terminal) {
        Size size = terminal.getSize();
        if (size.getColumns() <= 0 || size.getRows() <= 0) {
            terminal.setSize(new Size(size.getColumns() > 0 ? size.getColumns() : 80, size.getRows() > 0 ? size.getRows() : 24));
        }
    }

    int run(Path socket) {
        Optional<ControlClient> connection = ServerConnection.open(socket, err);
        if (connection.isEmpty()) {
            return 1;
        }
        try (ControlClient client = connection.get();
             Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            withUsableSize(terminal);
            return new RemoteConsole(terminal, homeDirectory().resolve(HISTORY_FILE)).run(client);
        } catch (IOException e) {
            LOG.debug("Console failed", e);
            err.println("Console failed: " + e);
            return 1;
        }
    }
}
