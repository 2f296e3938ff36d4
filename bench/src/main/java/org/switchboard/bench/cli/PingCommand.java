package org.switchboard.bench.cli;

import java.io.IOException;

import org.switchboard.bench.mode.BenchException;
import org.switchboard.bench.mode.BenchResult;
import org.switchboard.bench.mode.PingRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ping", mixinStandardHelpOptions = true,
        description = "One session keeps W Ping actions in flight; actions/s and latency p50/p99/p99.9.")
final class PingCommand extends ModeCommand {
    @Option(names = {"-w", "--window"}, defaultValue = "1", description = "Pings in flight (default: ${DEFAULT-VALUE}).")
    int window;

    @Mixin
    TargetOptions target;

    @Mixin
    TimingOptions timing;

    @Override
    BenchResult measure() throws IOException, BenchException {
        return PingRun.run(new PingRun.Settings(target.target(), window, timing.warmup(), timing.duration(),
                timing.timeout(), target.serverPid));
    }
}
