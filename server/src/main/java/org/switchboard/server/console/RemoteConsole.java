package org.switchboard.server.console;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.switchboard.server.control.ControlClient;
import org.switchboard.server.control.ServerHello;

/**
 * The interactive console of {@code switchboard -r}, after asterisk.c's remote console: the
 * prompt {@code <host>*CLI> }, persistent history, tab completion and the server's log shown
 * above the prompt. {@code exit}, {@code quit}, Ctrl-D and Ctrl-C leave the console; the server
 * keeps running.
 */
public final class RemoteConsole {
    /** asterisk.c ASTERISK_PROMPT, after the host name. */
    static final String PROMPT_SUFFIX = "*CLI> ";

    private final Terminal terminal;
    private final Path historyFile;
    private volatile boolean serverGone;

    /**
     * @param historyFile where the history persists, e.g. {@code ~/.switchboard_history}
     */
    public RemoteConsole(Terminal terminal, Path historyFile) {
        this.terminal = terminal;
        this.historyFile = historyFile;
    }

    /** Runs until the user leaves or the server goes away; returns the exit code (0). */
    public int run(ControlClient client) throws IOException {
        Charset charset = terminal.encoding();
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("switchboard")
                .completer(new ControlCompleter(client, charset))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                // "!" is not history expansion here, as in Asterisk's console
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        ServerHello hello = client.hello();
        terminal.writer().printf("Connected to %s currently running on %s (pid = %d)%n",
                hello.version(), hello.hostName(), hello.pid());
        terminal.flush();
        client.onDisconnect(() -> {
            serverGone = true;
            // wakes readLine with a UserInterruptException
            terminal.raise(Terminal.Signal.INT);
        });
        String prompt = hello.shortHostName() + PROMPT_SUFFIX;
        try {
            client.attachLog(line -> reader.printAbove(stripNewline(line)));
            while (!serverGone) {
                String line;
                try {
                    line = reader.readLine(prompt);
                } catch (UserInterruptException | EndOfFileException e) {
                    break;
                }
                if (!handleLocally(line)) {
                    ControlClient.CommandReply reply = client.execute(line.getBytes(charset));
                    terminal.writer().print(new String(reply.output(), charset));
                    terminal.flush();
                }
                if (isQuit(line)) {
                    break;
                }
            }
        } catch (IOException e) {
            serverGone = true;
        } finally {
            reader.getHistory().save();
        }
        if (serverGone) {
            terminal.writer().println();
            terminal.writer().println("Disconnected from Switchboard server");
            terminal.flush();
        }
        return 0;
    }

    /** Lines the console answers itself (asterisk.c remoteconsolehandler); true when handled. */
    private boolean handleLocally(String line) {
        String command = line.stripLeading();
        if (command.isEmpty() || isQuit(line)) {
            return true;
        }
        if (command.startsWith("!")) {
            terminal.writer().println("Shell access is disabled on remote consoles");
            terminal.flush();
            return true;
        }
        return false;
    }

    /** {@code exit} or {@code quit}, any case, alone or followed by a blank. */
    static boolean isQuit(String line) {
        String command = line.stripLeading();
        if (command.length() < 4) {
            return false;
        }
        String word = command.substring(0, 4).toLowerCase(Locale.ROOT);
        return (word.equals("exit") || word.equals("quit"))
                && (command.length() == 4 || Character.isWhitespace(command.charAt(4)));
    }

    private static String stripNewline(String line) {
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}
