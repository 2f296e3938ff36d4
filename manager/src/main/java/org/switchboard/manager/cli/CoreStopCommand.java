package org.switchboard.manager.cli;

import java.util.List;
import java.util.Objects;

/**
 * {@code core stop now}, {@code core stop gracefully} and {@code core stop when convenient}
 * (asterisk.c handle_stop_now, handle_stop_gracefully, handle_stop_when_convenient): they ask the
 * process to stop; whoever runs the server then closes it, which sends the Shutdown event to every
 * session and closes them ({@code Switchboard.close}).
 *
 * <p>TODO(calls): Asterisk's three niceness levels differ only while calls are up (can_safely_quit:
 * {@code now} hangs them up, {@code gracefully} refuses new calls and waits for the active ones,
 * {@code when convenient} waits without refusing). With no channel layer yet, all three stop at
 * once; once channels exist, wait here for them and report {@code Shutdown: Uncleanly} when some
 * were still up.
 */
public final class CoreStopCommand implements CliCommand {
    private final String when;
    private final String usage;
    private final String announcement;
    private final Runnable requestStop;

    private CoreStopCommand(String when, String usage, String announcement, Runnable requestStop) {
        this.when = when;
        this.usage = usage;
        this.announcement = announcement;
        this.requestStop = Objects.requireNonNull(requestStop, "requestStop");
    }

    /** The three commands, each calling {@code requestStop} (once per use). */
    public static List<CliCommand> all(Runnable requestStop) {
        return List.of(
                new CoreStopCommand("now", "Usage: core stop now\n"
                        + "       Shuts down a running Asterisk immediately, hanging up all active calls .\n", "", requestStop),
                new CoreStopCommand("gracefully", "Usage: core stop gracefully\n"
                        + "       Causes Asterisk to not accept new calls, and exit when all\n"
                        + "       active calls have terminated normally.\n", "", requestStop),
                new CoreStopCommand("when convenient", "Usage: core stop when convenient\n"
                        + "       Causes Asterisk to perform a shutdown when all active calls have ended.\n",
                        "Waiting for inactivity to perform halt\n", requestStop));
    }

    @Override
    public String command() {
        return "core stop " + when;
    }

    @Override
    public String summary() {
        return switch (when) {
            case "now" -> "Shut down Asterisk immediately";
            case "gracefully" -> "Gracefully shut down Asterisk";
            default -> "Shut down Asterisk at empty call volume";
        };
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public CliResult execute(CliInvocation invocation) {
        if (invocation.words().size() != command().split(" ").length) {
            return CliResult.SHOWUSAGE;
        }
        if (!announcement.isEmpty()) {
            invocation.printf("%s", announcement);
        }
        requestStop.run();
        return CliResult.SUCCESS;
    }
}
