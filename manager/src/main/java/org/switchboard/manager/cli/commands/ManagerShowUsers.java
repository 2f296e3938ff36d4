package org.switchboard.manager.cli.commands;

import java.util.Collection;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.manager.settings.ManagerUser;

/** {@code manager show users} (spec 01 §10; manager.c handle_showmanagers). */
final class ManagerShowUsers extends ManagerCommand {
    ManagerShowUsers(ManagerRuntime runtime) {
        super(runtime, "manager show users", "List configured manager users",
                "Usage: manager show users\n       Prints a listing of all managers that are currently configured on that\n system.\n");
    }

    @Override
    public CliResult execute(CliInvocation out) {
        if (out.words().size() != 3) {
            return CliResult.SHOWUSAGE;
        }
        Collection<ManagerUser> users = runtime.settings().users();
        if (users.isEmpty()) {
            out.print("There are no manager users.\n");
            return CliResult.SUCCESS;
        }
        out.print("\nusername\n--------\n");
        for (ManagerUser u : users) {
            out.print(u.name() + "\n");
        }
        out.print("-------------------\n" + users.size() + " manager users configured.\n");
        return CliResult.SUCCESS;
    }
}
