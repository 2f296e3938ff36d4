package org.switchboard.bench.cli;

import java.io.IOException;

import org.switchboard.bench.mode.BenchException;
import org.switchboard.bench.mode.BenchResult;
import org.switchboard.bench.mode.FanoutRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "fanout", mixinStandardHelpOptions = true,
        description = "K listener sessions receive the UserEvents one producer pipelines with W actions in flight; "
                + "events/s summed over listeners, losses, gaps, reordering, latency.")
final class FanoutCommand extends ModeCommand {
    @Option(names = {"-k", "--listeners"}, defaultValue = "10", description = "Listener sessions (default: ${DEFAULT-VALUE}).")
    int listeners;

    @Option(names = {"-w", "--window"}, defaultValue = "200", description = "UserEvent actions in flight (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--padding", defaultValue = "0",
            description = "Bytes of an extra BenchPad header in each event (default: ${DEFAULT-VALUE}).")
    int padding;

    @Option(names = "--max-lag", defaultValue = "10000",
            description = "Producer pauses while the slowest listener is this many events behind; 0 = never (default: ${DEFAULT-VALUE}).")
    long maxLag;

    @Mixin
    TargetOptions target;

    @Mixin
    TimingOptions timing;

    @Override
    BenchResult measure() throws IOException, BenchException {
        return FanoutRun.run(new FanoutRun.Settings(target.target(), listeners, window, timing.warmup(),
                timing.duration(), timing.timeout(), padding, maxLag, target.serverPid));
    }
}
