package org.switchboard.bench.cli;

import java.io.IOException;

import org.switchboard.bench.mode.BenchException;
import org.switchboard.bench.mode.BenchResult;
import org.switchboard.bench.mode.LimitRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "limit", mixinStandardHelpOptions = true,
        description = "No AMI server: stream pre-encoded events to K clients of this tool over loopback; "
                + "the ceiling of this machine and client.")
final class LimitCommand extends ModeCommand {
    @Option(names = {"-k", "--clients"}, defaultValue = "10", description = "Client connections (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--event-bytes", defaultValue = "400", description = "Size of each event (default: ${DEFAULT-VALUE}).")
    int eventBytes;

    @Mixin
    TimingOptions timing;

    @Override
    BenchResult measure() throws IOException, BenchException {
        return LimitRun.run(new LimitRun.Settings(clients, eventBytes, timing.warmup(), timing.duration()));
    }
}
