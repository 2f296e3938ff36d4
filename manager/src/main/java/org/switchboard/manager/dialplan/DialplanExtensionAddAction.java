package org.switchboard.manager.dialplan;

import java.util.concurrent.CompletionStage;

import org.switchboard.config.AstBool;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.dialplan.Dialplan;
import org.switchboard.pbx.dialplan.ExtensionEdits;
import org.switchboard.pbx.dialplan.HintExpander;
import org.switchboard.protocol.AmiResponse;

/**
 * DialplanExtensionAdd (spec 02 §4.4; pbx_config.c manager_dialplan_extension_add): adds a
 * priority (or a hint) to the live dialplan, creating the context when missing.
 */
final class DialplanExtensionAddAction implements ActionHandler {
    private final Pbx pbx;

    DialplanExtensionAddAction(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override public String name() { return "DialplanExtensionAdd"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Add an extension to the dialplan"; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String context = ctx.header("Context");
        String extension = ctx.header("Extension");
        String priority = ctx.header("Priority");
        String application = ctx.header("Application");
        String data = ctx.header("ApplicationData");
        boolean replace = AstBool.isTrue(ctx.header("Replace"));
        if (context.isEmpty() || extension.isEmpty() || priority.isEmpty() || application.isEmpty()) {
            ctx.reply(AmiResponse.error("Context, Extension, Priority, and Application must be defined for "
                    + "DialplanExtensionAdd."));
            return DONE;
        }
        Integer p = ExtensionEdits.addPriority(priority);
        if (p == null) {
            ctx.reply(AmiResponse.error("The priority specified was invalid."));
            return DONE;
        }
        return ctx.onCore(() -> {
            Dialplan.Edit edit = ExtensionEdits.add(pbx.dialplan(), context, extension, p, application, data, replace,
                    HintExpander.of(pbx.runtime()));
            if (edit.dialplan() != pbx.dialplan()) {
                // a new context is kept even when its first extension is refused
                pbx.dialplan(edit.dialplan());
            }
            switch (edit.outcome()) {
                case ADDED:
                case REPLACED:
                    ctx.reply(AmiResponse.success("Added requested extension"));
                    break;
                case EXISTS:
                    ctx.reply(AmiResponse.error("That extension and priority already exist at that context"));
                    break;
                default:
                    ctx.reply(AmiResponse.error("Failed to add extension"));
            }
        });
    }
}
