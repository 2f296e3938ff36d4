package org.switchboard.manager.dialplan;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.dialplan.Dialplan;
import org.switchboard.pbx.dialplan.ExtensionEdits;
import org.switchboard.protocol.AmiResponse;

/**
 * DialplanExtensionRemove (spec 02 §4.4; pbx_config.c manager_dialplan_extension_remove): removes
 * one priority, the hint, or the whole extension from the live dialplan (only what pbx_config
 * added).
 */
final class DialplanExtensionRemoveAction implements ActionHandler {
    private final Pbx pbx;

    DialplanExtensionRemoveAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "DialplanExtensionRemove"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Remove an extension from the dialplan"; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String context = ctx.header("Context");
        String extension = ctx.header("Extension");
        if (context.isEmpty() || extension.isEmpty()) {
            ctx.reply(AmiResponse.error("Context and Extension must be provided for DialplanExtensionRemove"));
            return DONE;
        }
        Integer p = ExtensionEdits.removePriority(ctx.header("Priority"));
        if (p == null) {
            ctx.reply(AmiResponse.error("The priority specified was invalid."));
            return DONE;
        }
        return ctx.onCore(() -> {
            Dialplan.Edit edit = ExtensionEdits.remove(pbx.dialplan(), context, extension, p);
            if (!edit.changed()) {
                ctx.reply(AmiResponse.error("Failed to remove requested extension"));
                return;
            }
            pbx.dialplan(edit.dialplan());
            ctx.reply(AmiResponse.success(p != 0 ? "Removed the requested priority from the extension"
                    : "Removed the requested extension"));
        });
    }
}
