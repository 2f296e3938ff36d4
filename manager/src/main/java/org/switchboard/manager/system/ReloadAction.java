package org.switchboard.manager.system;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.ManagerRuntime.Reloader.ReloadResult;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.protocol.AmiResponse;

/** Reload (spec 01 §9.2): one module, or everything when Module is empty. */
final class ReloadAction implements ActionHandler {
    @Override public String name() { return "Reload"; }
    @Override public int requiredWrite() { return PermissionClass.maskOf(PermissionClass.CONFIG, PermissionClass.SYSTEM); }
    @Override public String synopsis() { return "Send a reload event."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String module = ctx.header("Module");
        return ctx.onCore(() -> ctx.reply(reply(ctx.runtime().reloader().reload(module.isEmpty() ? null : module))));
    }

    static AmiResponse reply(ReloadResult result) {
        switch (result) {
            case NOT_FOUND: return AmiResponse.error("No such module");
            case NOT_IMPLEMENTED: return AmiResponse.error("Module does not support reload");
            case ERROR: return AmiResponse.error("An unknown error occurred");
            case IN_PROGRESS: return AmiResponse.error("A reload is in progress");
            case UNINITIALIZED: return AmiResponse.error("Module not initialized");
            default: return AmiResponse.success("Module Reloaded");
        }
    }
}
