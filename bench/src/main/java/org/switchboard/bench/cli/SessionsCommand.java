package org.switchboard.bench.cli;

import java.io.IOException;

import org.switchboard.bench.mode.BenchException;
import org.switchboard.bench.mode.BenchResult;
import org.switchboard.bench.mode.SessionsRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Open S sessions, paced under the server's authlimit, log each in and Ping it, hold them open; "
                + "login rate, time until all are up, server memory per session and idle CPU.")
final class SessionsCommand extends ModeCommand {
    @Option(names = {"-n", "--sessions"}, defaultValue = "1000", description = "Sessions to open (default: ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--connecting", defaultValue = "32",
            description = "Sessions connecting or logging in at once; keep it under the server's authlimit, 50 by default "
                    + "(default: ${DEFAULT-VALUE}).")
    int connecting;

    @Option(names = "--hold", defaultValue = "3", description = "Seconds to hold all sessions open once up (default: ${DEFAULT-VALUE}).")
    double holdSeconds;

    @Option(names = "--timeout", defaultValue = "120",
            description = "Seconds allowed for all sessions to come up (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Mixin
    TargetOptions target;

    @Override
    BenchResult measure() throws IOException, BenchException {
        return SessionsRun.run(new SessionsRun.Settings(target.target(), sessions, connecting,
                TimingOptions.seconds(holdSeconds, "--hold"), TimingOptions.seconds(timeoutSeconds, "--timeout"),
                target.serverPid));
    }
}
