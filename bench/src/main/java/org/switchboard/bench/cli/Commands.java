package org.switchboard.bench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code switchboard-bench} command and its modes. */
@Command(name = "switchboard-bench", mixinStandardHelpOptions = true, version = "switchboard-bench 0.1.0",
        description = {"Load generator for AMI servers (Switchboard or Asterisk) and JMH benchmarks.",
                "Each mode stops by itself and prints one line of key=value figures."},
        subcommands = {LimitCommand.class, FanoutCommand.class, PingCommand.class, SessionsCommand.class,
                CallsCommand.class, CoreCallsCommand.class, JmhCommand.class, JfrTopCommand.class, HelpCommand.class})
public final class Commands implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line, ready to {@code execute(args)}. */
    public static CommandLine commandLine() {
        return new CommandLine(new Commands());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
