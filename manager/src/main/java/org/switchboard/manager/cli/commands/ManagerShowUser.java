package org.switchboard.manager.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.manager.settings.ManagerUser;
import org.switchboard.protocol.Ascii;

/** {@code manager show user <user>} (spec 01 §10; manager.c handle_showmanager). */
final class ManagerShowUser extends ManagerCommand {
    ManagerShowUser(ManagerRuntime runtime) {
        super(runtime, "manager show user", "Display information on a specific manager user",
                " Usage: manager show user <user>\n        Display all information related to the manager user specified.\n");
    }

    @Override
    public CliResult execute(CliInvocation out) {
        if (out.words().size() != 4) {
            return CliResult.SHOWUSAGE;
        }
        String name = out.words().get(3);
        Optional<ManagerUser> found = runtime.settings().user(name);
        if (found.isEmpty()) {
            out.print("There is no manager called " + name + "\n");
            return CliResult.SUCCESS;
        }
        ManagerUser u = found.get();
        out.print("\n");
        out.print("          username: " + (u.name().isEmpty() ? "(N/A)" : u.name()) + "\n"
                + "            secret: " + (u.secret() != null ? "<Set>" : "(N/A)") + "\n"
                + "               ACL: " + (u.hasAcl() ? "yes" : "no") + "\n"
                + "         read perm: " + Permissions.toUserString(u.readPerm()) + "\n"
                + "        write perm: " + Permissions.toUserString(u.writePerm()) + "\n"
                + "   displayconnects: " + (u.displayConnects() ? "yes" : "no") + "\n"
                + "allowmultiplelogin: " + (u.allowMultipleLogin() ? "yes" : "no") + "\n");
        out.print("         Variables: \n");
        for (Map.Entry<String, String> v : u.setvars()) {
            out.print("                 " + v.getKey() + " = " + v.getValue() + "\n");
        }
        if (u.hasAcl()) {
            for (String line : u.acl().dumpLines()) {
                out.print(line + "\n");
            }
        }
        return CliResult.SUCCESS;
    }

    @Override
    public List<String> complete(List<String> words, int position, String partial) {
        List<String> out = new ArrayList<>();
        if (position != 3) {
            return out;
        }
        for (ManagerUser u : runtime.settings().users()) {
            if (Ascii.startsWithIgnoreCase(u.name(), partial)) {
                out.add(u.name());
            }
        }
        return out;
    }
}
