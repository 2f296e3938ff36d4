package org.switchboard.manager.cli.commands;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.cli.CliCommand;

/** The manager's CLI commands (spec 01 §10), listed explicitly. */
public final class ManagerCliCommands {
    private ManagerCliCommands() { }

    public static List<CliCommand> all(ManagerRuntime runtime) {
        List<CliCommand> list = new ArrayList<>(List.of(
                new ManagerShowSettings(runtime),
                new ManagerShowCommands(runtime),
                new ManagerShowCommand(runtime),
                new ManagerShowConnected(runtime),
                new ManagerShowUsers(runtime),
                new ManagerShowUser(runtime),
                new ManagerSetDebug(runtime),
                new ManagerKickSession(runtime)));
        list.addAll(ReloadCommands.all(runtime));
        return list;
    }
}
