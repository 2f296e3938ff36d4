package org.switchboard.manager.module;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.protocol.AmiResponse;

/**
 * ModuleCheck (spec 01 §9.2; manager.c manager_modulecheck): Success with an always empty
 * {@code Version} header when the module is in the module list, whatever its case or ".so".
 */
final class ModuleCheckAction implements ActionHandler {
    @Override public String name() { return "ModuleCheck"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Check if module is loaded."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String module = ctx.header("Module");
        return ctx.onCore(() -> {
            if (!ModuleAccess.registry(ctx).isLoaded(module)) {
                ctx.reply(AmiResponse.error("Module not loaded"));
            } else {
                // the file version was lost with the move to git; the header stays (manager.c)
                ctx.reply(AmiResponse.startAck().with("Version", ""));
            }
        });
    }
}
