package org.switchboard.server;

import java.util.function.Function;

import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;

/** A scripted CLI command for the server's tests. */
record FakeCommand(String command, Function<CliInvocation, CliResult> handler) implements CliCommand {
    @Override
    public String summary() {
        return "A fake command";
    }

    @Override
    public String usage() {
        return "Usage: " + command + "\n";
    }

    @Override
    public CliResult execute(CliInvocation invocation) {
        return handler.apply(invocation);
    }
}
