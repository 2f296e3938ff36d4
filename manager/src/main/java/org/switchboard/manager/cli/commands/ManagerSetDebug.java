package org.switchboard.manager.cli.commands;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.protocol.Ascii;

/** {@code manager set debug [on|off]} (spec 01 §10; manager.c handle_mandebug). */
final class ManagerSetDebug extends ManagerCommand {
    ManagerSetDebug(ManagerRuntime runtime) {
        super(runtime, "manager set debug [on|off]", "Show, enable, disable debugging of the manager code",
                "Usage: manager set debug [on|off]\n\tShow, enable, disable debugging of the manager code.\n");
    }

    @Override
    public CliResult execute(CliInvocation out) {
        int argc = out.words().size();
        if (argc == 3) {
            out.print("manager debug is " + (runtime.managerDebug() ? "on" : "off") + "\n");
        } else if (argc == 4) {
            String arg = out.words().get(3);
            if (Ascii.equalsIgnoreCase(arg, "on")) {
                runtime.managerDebug(true);
            } else if (Ascii.equalsIgnoreCase(arg, "off")) {
                runtime.managerDebug(false);
            } else {
                return CliResult.SHOWUSAGE;
            }
        }
        return CliResult.SUCCESS;
    }
}
