package org.switchboard.manager.cdr;

import java.time.Duration;
import java.time.Instant;

import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.cdr.CdrEngine;
import org.switchboard.pbx.cdr.CdrSettings;
import org.switchboard.pbx.time.Clock;

/** {@code cdr show status} (cdr.c handle_cli_status): the CDR engine's settings and backends. */
final class CdrShowStatusCommand implements CliCommand {
    private final CdrEngine engine;
    private final Clock clock;

    CdrShowStatusCommand(CdrEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public String command() {
        return "cdr show status";
    }

    @Override
    public String summary() {
        return "Display the CDR status";
    }

    @Override
    public String usage() {
        return "Usage: cdr show status\n"
                + "\tDisplays the Call Detail Record engine system status.\n";
    }

    @Override
    public CliResult execute(CliInvocation out) {
        if (out.words().size() > 3) {
            return CliResult.SHOWUSAGE;
        }
        CdrSettings s = engine.settings();
        out.print("\n");
        out.print("Call Detail Record (CDR) settings\n");
        out.print("----------------------------------\n");
        out.print("  Logging:                    " + (s.enabled() ? "Enabled" : "Disabled") + "\n");
        out.print("  Mode:                       " + (s.batch() ? "Batch" : "Simple") + "\n");
        if (!s.enabled()) {
            return CliResult.SUCCESS;
        }
        out.print("  Log calls by default:       " + yesNo(s.channelDefaultEnabled()) + "\n");
        out.print("  Log unanswered calls:       " + yesNo(s.unanswered()) + "\n");
        out.print("  Log congestion:             " + yesNo(s.congestion()) + "\n\n");
        out.print("  Ignore bridging changes:    " + yesNo(s.ignoreStateChanges()) + "\n\n");
        out.print("  Ignore dial state changes:  " + yesNo(s.ignoreDialChanges()) + "\n\n");
        out.print("  Cancel disposition enabled: " + yesNo(s.cancelDispositionEnabled()) + "\n\n");
        if (s.batch()) {
            int waiting = engine.batchSize();
            Instant next = engine.nextBatch();
            long nextSeconds = next == null ? 0 : Math.max(0, Duration.between(clock.now(), next).getSeconds());
            out.print("* Batch Mode Settings\n");
            out.print("  -------------------\n");
            out.print("  Safe shutdown:              " + (s.safeShutdown() ? "Enabled" : "Disabled") + "\n");
            out.print("  Threading model:            "
                    + (s.schedulerOnly() ? "Scheduler only" : "Scheduler plus separate threads") + "\n");
            out.print("  Current batch size:         " + waiting + " record" + plural(waiting) + "\n");
            out.print("  Maximum batch size:         " + s.batchSize() + " record" + plural(s.batchSize()) + "\n");
            out.print("  Maximum batch time:         " + s.batchTime() + " second" + plural(s.batchTime()) + "\n");
            out.print("  Next batch processing time: " + nextSeconds + " second" + plural(nextSeconds) + "\n\n");
        }
        out.print("* Registered Backends\n");
        out.print("  -------------------\n");
        if (engine.backends().isEmpty()) {
            out.print("    (none)\n");
        }
        for (CdrEngine.Backend b : engine.backends()) {
            out.print("    " + b.name() + (b.suspended() ? " (suspended) " : "") + "\n");
        }
        out.print("\n");
        return CliResult.SUCCESS;
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    /** ESS(). */
    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
