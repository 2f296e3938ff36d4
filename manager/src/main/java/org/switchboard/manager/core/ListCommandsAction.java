package org.switchboard.manager.core;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.protocol.AmiResponse;

/**
 * ListCommands (spec 01 §9.1): one line per action this session may run, alphabetically ignoring
 * case. Asterisk's synopses end in a blank, hence two spaces before "(Priv:" on the wire
 * (captures/C01_write_permissions.txt).
 */
final class ListCommandsAction implements ActionHandler {
    @Override public String name() { return "ListCommands"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "List available manager commands."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        int write = ctx.session().writePerm();
        AmiResponse reply = AmiResponse.startAck();
        for (ActionHandler h : ctx.runtime().actions().all()) {
            if (Permissions.mayRun(write, h.requiredWrite())) {
                reply = reply.withLine(h.name() + ": " + h.synopsis() + "  (Priv: "
                        + Permissions.toPrivilegeString(h.requiredWrite()) + ")");
            }
        }
        ctx.reply(reply);
        return DONE;
    }
}
