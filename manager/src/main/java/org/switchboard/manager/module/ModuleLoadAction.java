package org.switchboard.manager.module;

import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

import org.switchboard.manager.ManagerRuntime.Reloader.ReloadResult;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.module.LoadResult;
import org.switchboard.pbx.module.ModuleRegistry;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.Ascii;

/**
 * ModuleLoad (spec 01 §9.2; manager.c manager_moduleload). Quirk kept: a missing LoadType, or a
 * missing Module for anything but reload, is answered with an error and the action goes on, so
 * one request can get two or three replies.
 */
final class ModuleLoadAction implements ActionHandler {
    private final BooleanSupplier liveDangerously;

    ModuleLoadAction(BooleanSupplier liveDangerously) {
        this.liveDangerously = liveDangerously;
    }

    @Override public String name() { return "ModuleLoad"; }
    @Override public int requiredWrite() { return PermissionClass.SYSTEM.mask(); }
    @Override public String synopsis() { return "Module management."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        String module = ctx.header("Module");
        String loadType = ctx.header("LoadType");
        return ctx.onCore(() -> {
            if (loadType.isEmpty()) {
                ctx.reply(AmiResponse.error("Incomplete ModuleLoad action."));
            }
            if (module.isEmpty() && !Ascii.equalsIgnoreCase(loadType, "reload")) {
                ctx.reply(AmiResponse.error("Need module name"));
            }
            ModuleRegistry registry = ModuleAccess.registry(ctx);
            if (!liveDangerously.getAsBoolean()) {
                switch (ModulesDirectory.check(module, registry)) {
                    case OUTSIDE:
                        ctx.reply(AmiResponse.error("Module must be in the configured modules directory."));
                        return;
                    case NOT_FOUND:
                        ctx.reply(AmiResponse.error("Module not found."));
                        return;
                    default:
                        break;
                }
            }
            ctx.reply(run(ctx, registry, module, loadType));
        });
    }

    private static AmiResponse run(ActionContext ctx, ModuleRegistry registry, String module, String loadType) {
        if (Ascii.equalsIgnoreCase(loadType, "load")) {
            return registry.load(module) == LoadResult.SUCCESS
                    ? AmiResponse.success("Module loaded.") : AmiResponse.error("Could not load module.");
        }
        if (Ascii.equalsIgnoreCase(loadType, "unload")) {
            return registry.unload(module)
                    ? AmiResponse.success("Module unloaded.") : AmiResponse.error("Could not unload module.");
        }
        if (Ascii.equalsIgnoreCase(loadType, "refresh")) {
            return registry.refresh(module) == 0
                    ? AmiResponse.success("Module unloaded and loaded.") : AmiResponse.error("Could not refresh module.");
        }
        if (Ascii.equalsIgnoreCase(loadType, "reload")) {
            if (module.isEmpty()) {
                ctx.runtime().reloader().reload(null);
                return AmiResponse.success("All modules reloaded");
            }
            return reloadReply(ctx.runtime().reloader().reload(module));
        }
        return AmiResponse.error("Incomplete ModuleLoad action.");
    }

    /** The reload texts differ from the Reload action's (full stops, "action"). */
    private static AmiResponse reloadReply(ReloadResult result) {
        switch (result) {
            case NOT_FOUND: return AmiResponse.error("No such module.");
            case NOT_IMPLEMENTED: return AmiResponse.error("Module does not support reload action.");
            case ERROR: return AmiResponse.error("An unknown error occurred");
            case IN_PROGRESS: return AmiResponse.error("A reload is in progress");
            case UNINITIALIZED: return AmiResponse.error("Module not initialized");
            default: return AmiResponse.success("Module reloaded.");
        }
    }
}
