package org.switchboard.manager.cli.commands;

import java.util.List;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;

/** {@code manager show commands} (spec 01 §10; manager.c handle_showmancmds). */
final class ManagerShowCommands extends ManagerCommand {
    private static final int TERMINAL_WIDTH = 80;

    ManagerShowCommands(ManagerRuntime runtime) {
        super(runtime, "manager show commands", "List manager interface commands",
                "Usage: manager show commands\n\tPrints a listing of all the available Asterisk manager interface commands.\n");
    }

    @Override
    public CliResult execute(CliInvocation out) {
        List<ActionHandler> actions = runtime.actions().all();
        int width = 1;
        for (ActionHandler h : actions) {
            width = Math.max(width, h.name().length());
        }
        int room = Math.max(0, TERMINAL_WIDTH - width - 4);
        line(out, "Action", "Synopsis", width, room);
        line(out, "------", "--------", width, room);
        for (ActionHandler h : actions) {
            line(out, h.name(), h.synopsis() + " ", width, room);
        }
        return CliResult.SUCCESS;
    }

    private static void line(CliInvocation out, String name, String synopsis, int width, int room) {
        String cut = synopsis.length() > room ? synopsis.substring(0, room) : synopsis;
        out.print("  " + CFormat.left(name, width, width) + "  " + cut + "\n");
    }
}
