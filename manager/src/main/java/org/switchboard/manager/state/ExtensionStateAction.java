package org.switchboard.manager.state;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.hint.ExtensionStates;
import org.switchboard.protocol.AmiResponse;

/**
 * ExtensionState (spec 02 §4.5; manager.c action_extensionstate): the extension's state computed
 * from its hint now (-1 "Unknown" without one), Context "default" when not given (capture T05).
 */
final class ExtensionStateAction implements ActionHandler {
    private final Pbx pbx;

    ExtensionStateAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "ExtensionState"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.CALL, PermissionClass.REPORTING); }
    @Override public String synopsis() { return "Check Extension Status."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String exten = ctx.header("Exten");
        String given = ctx.header("Context");
        if (exten.isEmpty()) {
            ctx.reply(AmiResponse.error("Extension not specified"));
            return DONE;
        }
        String context = given.isEmpty() ? "default" : given;
        return ctx.onCore(() -> {
            int status = pbx.hints().extensionState(context, exten);
            String hint = pbx.hints().hintText(context, exten);
            ctx.reply(AmiResponse.success("Extension Status")
                    .with("Exten", exten)
                    .with("Context", context)
                    .with("Hint", hint == null ? "" : hint)
                    .with("Status", Integer.toString(status))
                    .with("StatusText", ExtensionStates.text(status)));
        });
    }
}
