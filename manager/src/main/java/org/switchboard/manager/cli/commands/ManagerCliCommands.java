package org.switchboard.manager.cli.commands;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.cli.CliCommand;

/** The manager's CLI commands (spec 01 §10), listed explicitly. */
public final class ManagerCliCommands {
    private ManagerCliCommands() { }

    public static List<CliCommand> all(ManagerRuntime runtime) {
        // manager.c cli_manager[] order: the CLI list keeps a command that only extends another
        // (show command/commands, show users/user) after the one registered first
        List<CliCommand> list = new ArrayList<>(List.of(
                new ManagerShowCommand(runtime),
                new ManagerShowCommands(runtime),
                new ManagerShowConnected(runtime),
                new ManagerKickSession(runtime),
                new ManagerShowUsers(runtime),
                new ManagerShowUser(runtime),
                new ManagerSetDebug(runtime)));
        list.addAll(ReloadCommands.all(runtime));
        list.add(new ManagerShowSettings(runtime));
        return list;
    }
}
