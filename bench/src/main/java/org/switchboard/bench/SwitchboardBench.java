package org.switchboard.bench;

import org.switchboard.bench.cli.Commands;

import picocli.CommandLine;

/**
 * {@code switchboard-bench}: a load generator for any AMI server (Switchboard or Asterisk), and
 * the entry to the JMH benchmarks. See {@code docs/performance.md}.
 */
public final class SwitchboardBench {
    private SwitchboardBench() { }

    public static void main(String[] args) {
        System.exit(Commands.commandLine().execute(args));
    }
}
