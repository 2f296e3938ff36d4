package org.switchboard.bench.cli;

import java.io.IOException;

import org.switchboard.bench.launch.CoreCalls;
import org.switchboard.bench.mode.BenchException;
import org.switchboard.bench.mode.BenchResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code calls} in virtual time, Switchboard only: runs a Switchboard inside this process (see
 * {@link CoreCalls}); no --port, no socket.
 */
@Command(name = "core-calls", mixinStandardHelpOptions = true,
        description = "Switchboard only, in this process, on a virtual clock: async Originates into Local/100 "
                + "(Answer, Wait(1), Hangup; CDR and CEL on) as fast as the PBX core handles them; "
                + "the call rate of the core alone.")
final class CoreCallsCommand extends ModeCommand {
    @Option(names = {"-r", "--rate"}, defaultValue = "3000",
            description = "Calls per second of virtual time, i.e. calls up at once (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = {"-n", "--calls"}, defaultValue = "60000", description = "Calls measured (default: ${DEFAULT-VALUE}).")
    long calls;

    @Option(names = "--warmup-calls", defaultValue = "30000",
            description = "Calls made first, not counted (default: ${DEFAULT-VALUE}).")
    long warmupCalls;

    @Override
    BenchResult measure() throws IOException, BenchException {
        CoreCalls.Settings settings = new CoreCalls.Settings(rate, calls, warmupCalls);
        try {
            return CoreCalls.run(settings);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new BenchException("core-calls: " + e);
        }
    }
}
