package org.switchboard.server;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code switchboard} command line, modelled on {@code asterisk}'s: {@code -r} attaches a
 * console to a running server, {@code -x CMD} runs one command on it (and implies {@code -r}, so
 * {@code -rx CMD} and {@code -r -x CMD} are the same), {@code -v} raises verbosity; without
 * {@code -r}/{@code -x} the server runs in the foreground.
 */
@Command(name = "switchboard", mixinStandardHelpOptions = true, versionProvider = ServerVersion.Provider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "An Asterisk Manager Interface (AMI) server on an embedded PBX simulation.",
            "Without -r or -x, runs the server in the foreground until Ctrl-C.",
        })
public final class CommandLineOptions {

    /** What this run does. */
    public enum Mode {
        /** Run the server in the foreground. */
        SERVER,
        /** Run one command on a running server ({@code -x}, {@code -rx}). */
        EXECUTE,
        /** Attach an interactive console to a running server ({@code -r}). */
        CONSOLE
    }

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "Asterisk configuration directory (manager.conf, asterisk.conf, ...). "
                    + "Default: the bundled configuration, written to <data-dir>/etc on first start.")
    private Path configDir;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Directory for the database, spool, logs and the control socket. "
                    + "Default: ./var, or asterisk.conf [directories] when --config-dir is given.")
    private Path dataDir;

    @Option(names = "-v", description = "Raise the verbosity by one per -v, as asterisk -v does "
            + "(asterisk.conf verbose is the floor); verbose messages of that level and below are shown.")
    private boolean[] verbose = new boolean[0];

    @Option(names = "-d", description = "Also show DEBUG messages, as asterisk -d does.")
    private boolean[] debug = new boolean[0];

    @Option(names = "-r", description = "Attach a console to the running server.")
    private boolean remote;

    @Option(names = "-x", paramLabel = "CMD",
            description = "Run CMD on the running server, print its output and exit (implies -r).")
    private String execute;

    public Optional<Path> configDir() {
        return Optional.ofNullable(configDir);
    }

    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    public int verbosity() {
        return verbose.length;
    }

    public boolean debug() {
        return debug.length > 0;
    }

    public Optional<String> command() {
        return Optional.ofNullable(execute);
    }

    public Mode mode() {
        if (execute != null) {
            return Mode.EXECUTE;
        }
        return remote ? Mode.CONSOLE : Mode.SERVER;
    }
}
