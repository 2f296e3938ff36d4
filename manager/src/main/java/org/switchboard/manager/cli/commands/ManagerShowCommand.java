package org.switchboard.manager.cli.commands;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.protocol.Ascii;

/**
 * {@code manager show command <a> [<b>...]} (spec 01 §10; manager.c handle_showmancmd), in the
 * layout of Asterisk's XML help with colour off. Switchboard has synopses and privileges; the
 * sections it has no text for say "Not available", as Asterisk does for empty ones.
 */
final class ManagerShowCommand extends ManagerCommand {
    ManagerShowCommand(ManagerRuntime runtime) {
        super(runtime, "manager show command", "Show a manager interface command",
                "Usage: manager show command <actionname> [<actionname> [<actionname> [...]]]\n"
                        + "\tShows the detailed description for a specific Asterisk manager interface command.\n");
    }

    @Override
    public CliResult execute(CliInvocation out) {
        List<String> names = out.arguments();
        if (names.isEmpty()) {
            return CliResult.SHOWUSAGE;
        }
        for (ActionHandler h : runtime.actions().all()) {
            for (String wanted : names) {
                if (Ascii.equalsIgnoreCase(h.name(), wanted)) {
                    print(out, h);
                }
            }
        }
        return CliResult.SUCCESS;
    }

    private static void print(CliInvocation out, ActionHandler h) {
        out.print("\n  -= Info about Manager Command '" + h.name() + "' =- \n\n");
        section(out, "[Synopsis]", h.synopsis());
        section(out, "[Provided By]", "Not available");
        section(out, "[Since]", "Not available");
        section(out, "[Description]", "Not available");
        section(out, "[Syntax]", "Not available");
        section(out, "[Arguments]", "Not available");
        section(out, "[Privilege]", Permissions.toPrivilegeString(h.requiredWrite()));
        section(out, "[See Also]", "Not available");
        out.print("[List Responses]\nNone\n\n[End List Responses]\n");
        out.print("\n[Final Response]\nNone\n\n[End Final Response]\n");
    }

    private static void section(CliInvocation out, String title, String text) {
        out.print(title + "\n" + text + "\n\n");
    }

    @Override
    public List<String> complete(List<String> words, int position, String partial) {
        List<String> out = new ArrayList<>();
        for (ActionHandler h : runtime.actions().all()) {
            if (Ascii.startsWithIgnoreCase(h.name(), partial)) {
                out.add(h.name());
            }
        }
        return out;
    }
}
