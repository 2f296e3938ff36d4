package org.switchboard.manager.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code core show uptime [seconds]} (cli.c handle_showuptime): {@code System uptime: ...} since
 * start-up and {@code Last reload: ...} since the last reload, in words or, with {@code seconds},
 * as whole seconds. An instant that is not known (the supplier gives null) is left out, as Asterisk
 * leaves out a zero time; a negative span prints nothing.
 */
public final class CoreShowUptimeCommand implements CliCommand {
    private final Supplier<Instant> now;
    private final Supplier<Instant> startedAt;
    private final Supplier<Instant> lastReloadAt;

    /**
     * @param now          the current time (the server's clock)
     * @param startedAt    when the server started; Asterisk sets the last reload to the same
     *                     instant at start-up
     * @param lastReloadAt when the configuration was last reloaded
     */
    public CoreShowUptimeCommand(Supplier<Instant> now, Supplier<Instant> startedAt, Supplier<Instant> lastReloadAt) {
        this.now = Objects.requireNonNull(now, "now");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.lastReloadAt = Objects.requireNonNull(lastReloadAt, "lastReloadAt");
    }

    @Override
    public String command() {
        return "core show uptime [seconds]";
    }

    @Override
    public String summary() {
        return "Show uptime information";
    }

    @Override
    public String usage() {
        return "Usage: core show uptime [seconds]\n"
                + "       Shows Asterisk uptime information.\n"
                + "       The seconds word returns the uptime in seconds only.\n";
    }

    @Override
    public CliResult execute(CliInvocation invocation) {
        boolean inSeconds;
        int words = invocation.words().size();
        if (words == 4 && AsciiCase.equal(invocation.words().get(3), "seconds")) {
            inSeconds = true;
        } else if (words == 3) {
            inSeconds = false;
        } else {
            return CliResult.SHOWUSAGE;
        }
        Instant current = now.get();
        print(invocation, "System uptime: ", current, startedAt.get(), inSeconds);
        print(invocation, "Last reload: ", current, lastReloadAt.get(), inSeconds);
        return CliResult.SUCCESS;
    }

    private static void print(CliInvocation out, String prefix, Instant current, Instant since, boolean inSeconds) {
        if (since == null) {
            return;
        }
        long seconds = Duration.between(since, current).getSeconds();
        if (seconds < 0) {
            return;
        }
        out.print(prefix + (inSeconds ? Long.toString(seconds) : UptimeText.describe(seconds)) + "\n");
    }
}
