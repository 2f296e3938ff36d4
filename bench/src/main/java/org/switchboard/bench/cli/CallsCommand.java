package org.switchboard.bench.cli;

import java.io.IOException;

import org.switchboard.bench.mode.BenchException;
import org.switchboard.bench.mode.BenchResult;
import org.switchboard.bench.mode.CallsRun;
import org.switchboard.bench.mode.CallsSearch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "calls", mixinStandardHelpOptions = true,
        description = "Async Originate at R calls/s into a dialplan extension; success count, events per call, "
                + "OriginateResponse latency. With --find-max, raise R until it is no longer sustained.")
final class CallsCommand extends ModeCommand {
    /** A step whose calls went out slower than this share of the rate is not sustained. */
    private static final double MIN_RATE_SHARE = 0.9;

    @Option(names = {"-r", "--rate"}, defaultValue = "10", description = "Calls per second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = {"-d", "--duration"}, defaultValue = "10",
            description = "Seconds of originating, per step (default: ${DEFAULT-VALUE}).")
    double durationSeconds;

    @Option(names = "--warmup", defaultValue = "3",
            description = "Seconds of calls at --warmup-rate before measuring, not counted (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--warmup-rate", defaultValue = "500",
            description = "Calls per second during the warm-up, which also warms up this tool's own code: a cold "
                    + "client reading a high rate falls behind (default: ${DEFAULT-VALUE}).")
    double warmupRate;

    @Option(names = "--context", defaultValue = "default", description = "Dialplan context (default: ${DEFAULT-VALUE}).")
    String context;

    @Option(names = "--exten", defaultValue = "100",
            description = "Extension both ends of the Local channel run (default: ${DEFAULT-VALUE}).")
    String exten;

    @Option(names = "--channel", description = "Channel to originate (default: Local/<exten>@<context>).")
    String channel;

    @Option(names = "--drain", defaultValue = "30",
            description = "Seconds to wait for the calls to end after the last Originate (default: ${DEFAULT-VALUE}).")
    double drainSeconds;

    @Option(names = "--events", defaultValue = "on",
            description = "Events mask asked for at login: on (every event: the full stream), call, ... (default: ${DEFAULT-VALUE}).")
    String events;

    @Option(names = "--find-max", description = "Search the highest sustained rate, starting at --rate.")
    boolean findMax;

    @Option(names = "--factor", defaultValue = "1.5", description = "Rate growth per search step (default: ${DEFAULT-VALUE}).")
    double factor;

    @Option(names = "--max-rate", defaultValue = "20000", description = "Highest rate the search tries (default: ${DEFAULT-VALUE}).")
    double maxRate;

    @Option(names = "--max-response-ms", defaultValue = "1000",
            description = "A step is sustained only if OriginateResponse p99 stays under this (default: ${DEFAULT-VALUE}).")
    double maxResponseMillis;

    @Mixin
    TargetOptions target;

    @Override
    BenchResult measure() throws IOException, BenchException {
        CallsRun.Dialplan dialplan = channel == null ? CallsRun.Dialplan.local(context, exten)
                : new CallsRun.Dialplan(channel, context, exten, 1);
        CallsRun.Settings first = new CallsRun.Settings(target.target(), rate,
                TimingOptions.seconds(durationSeconds, "--duration"), dialplan,
                TimingOptions.seconds(drainSeconds, "--drain"), events, target.serverPid);
        String runId = "sbb" + Long.toString(System.currentTimeMillis(), 36);
        if (warmupSeconds > 0) {
            CallsRun.run(new CallsRun.Settings(target.target(), warmupRate, TimingOptions.seconds(warmupSeconds, "--warmup"),
                    dialplan, first.drainTimeout(), events, 0), runId + "w");
        }
        if (!findMax) {
            return CallsRun.run(first, runId);
        }
        return CallsSearch.run(new CallsSearch.Settings(first, factor, maxRate, Math.round(maxResponseMillis * 1e6),
                MIN_RATE_SHARE), runId);
    }
}
