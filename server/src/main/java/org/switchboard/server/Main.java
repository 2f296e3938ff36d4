package org.switchboard.server;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.logging.Verbosity;

import picocli.CommandLine;

/**
 * The {@code switchboard} command (see {@link CommandLineOptions} and the module README). Exit
 * codes: 0 success, 1 failure (a command failed, no server runs, the server could not start),
 * 2 bad command line.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private final PrintStream out;
    private final PrintStream err;
    private final RunningServer.Starter starter;
    private final Supplier<Termination> termination;

    /**
     * @param termination made only in server mode: the process's one installs signal handlers,
     *                    which a client must not (Ctrl-C simply ends {@code -rx})
     */
    Main(PrintStream out, PrintStream err, RunningServer.Starter starter, Supplier<Termination> termination) {
        this.out = out;
        this.err = err;
        this.starter = starter;
        this.termination = termination;
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err, new SwitchboardStarter(), ProcessTermination::new).run(args);
        System.exit(code);
    }

    /** Parses {@code args} and runs the chosen mode; never exits the JVM itself. */
    int run(String... args) {
        CommandLineOptions options = new CommandLineOptions();
        CommandLine commandLine = new CommandLine(options)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            commandLine.getErr().println(e.getMessage());
            commandLine.usage(commandLine.getErr());
            return 2;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return 0;
        }
        Locations locations = new Locations(options);
        return switch (options.mode()) {
            case SERVER -> runServer(options);
            case EXECUTE -> {
                Verbosity.applyToClient(options.verbosity());
                yield new ExecuteMode(out, err).run(locations.controlSocket(), options.command().orElseThrow());
            }
            case CONSOLE -> {
                Verbosity.applyToClient(options.verbosity());
                yield new ConsoleMode(err).run(locations.controlSocket());
            }
        };
    }

    private int runServer(CommandLineOptions options) {
        Verbosity.applyToServer(options.verbosity(), options.debug());
        try {
            return new ServerMode(starter, termination.get(), out).run(options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception e) {
            // the reason on stderr; the stack trace only for -v, it is rarely the user's business
            if (options.verbosity() > 0) {
                LOG.debug("Start-up failed", e);
            }
            err.println("Switchboard could not start: " + e.getMessage());
            return 1;
        }
    }
}
