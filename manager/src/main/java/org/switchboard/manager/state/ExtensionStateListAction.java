package org.switchboard.manager.state;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.hint.ExtensionStates;
import org.switchboard.pbx.hint.Hint;
import org.switchboard.protocol.AmiLists;
import org.switchboard.protocol.AmiResponse;

/**
 * ExtensionStateList (pbx.c action_extensionstatelist): one ExtensionStatus item per hint with its
 * last state, pattern hints left out, in the hints container's order.
 */
final class ExtensionStateListAction implements ActionHandler {
    private final Pbx pbx;

    ExtensionStateListAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "ExtensionStateList"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.CALL, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "List the current known extension states."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        return ctx.onCore(() -> {
            ctx.reply(AmiResponse.listAck("Extension Statuses will follow"));
            int count = 0;
            for (Hint h : pbx.hints().all()) {
                if (h.isPattern()) {
                    continue;
                }
                count++;
                ctx.send(StateActions.listItem(ctx, "ExtensionStatus",
                        "Exten: " + h.matchName() + "\r\nContext: " + h.context() + "\r\nHint: " + h.app()
                                + "\r\nStatus: " + h.lastState() + "\r\nStatusText: "
                                + ExtensionStates.text(h.lastState()) + "\r\n"));
            }
            ctx.send(AmiLists.complete("ExtensionStateListComplete", ctx.actionId(), count));
        });
    }
}
