package org.switchboard.manager.cli.commands;

import java.util.List;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.cli.CliCommand;

/** Base of the manager CLI commands: the shared runtime and fixed texts. */
abstract class ManagerCommand implements CliCommand {
    protected final ManagerRuntime runtime;
    private final String command;
    private final String summary;
    private final String usage;

    ManagerCommand(ManagerRuntime runtime, String command, String summary, String usage) {
        this.runtime = runtime;
        this.command = command;
        this.summary = summary;
        this.usage = usage;
    }

    @Override
    public String command() {
        return command;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public List<String> complete(List<String> words, int position, String partial) {
        return List.of();
    }
}
