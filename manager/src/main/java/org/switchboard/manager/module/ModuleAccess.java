package org.switchboard.manager.module;

import org.switchboard.manager.ManagerReloader;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.pbx.module.ModuleRegistry;

/** Where the module actions and commands find the module list: behind the runtime's reloader. */
final class ModuleAccess {
    private ModuleAccess() { }

    static ModuleRegistry registry(ActionContext ctx) {
        return registry(ctx.runtime());
    }

    static ModuleRegistry registry(ManagerRuntime runtime) {
        if (runtime.reloader() instanceof ManagerReloader r) {
            return r.modules();
        }
        throw new IllegalStateException("the runtime's reloader has no module registry");
    }
}
