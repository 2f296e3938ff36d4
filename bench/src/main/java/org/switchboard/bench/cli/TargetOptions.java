package org.switchboard.bench.cli;

import org.switchboard.bench.client.Target;

import picocli.CommandLine.Option;

/** Where the AMI server is and how to log in; shared by every mode that talks AMI. */
public final class TargetOptions {
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "AMI server host (default: ${DEFAULT-VALUE}). Only loopback unless you name another host here.")
    String host;

    @Option(names = "--port", defaultValue = "5038", description = "AMI port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = {"-u", "--user"}, defaultValue = "bench",
            description = "Manager user, needs read and write 'all' or the classes the mode uses (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = {"-s", "--secret"}, defaultValue = "bench", description = "The user's secret (default: ${DEFAULT-VALUE}).")
    String secret;

    @Option(names = "--server-pid", defaultValue = "0",
            description = "Pid of the server process on this machine: adds its CPU time (and memory) from /proc.")
    long serverPid;

    Target target() {
        return Target.of(host, port, user, secret);
    }
}
