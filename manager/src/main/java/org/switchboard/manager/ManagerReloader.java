package org.switchboard.manager;

import java.util.function.BooleanSupplier;

import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.pbx.module.LoadResult;
import org.switchboard.pbx.module.ModuleListener;
import org.switchboard.pbx.module.ModuleRegistry;

/**
 * The manager's view of the module registry: reloads by module name as Asterisk's
 * ast_module_reload does (a null name reloads everything) and turns what the registry did into
 * the {@code Reload}, {@code Load} and {@code Unload} events (spec 02 §2.7; loader.c
 * publish_reload_message, publish_load_message, publish_unload_message): {@code Module: <name or
 * All>}, {@code Status: <number or text>}, class system.
 */
public final class ManagerReloader implements ManagerRuntime.Reloader, ModuleListener {
    private final ModuleRegistry modules;
    private ManagerRuntime runtime;
    private boolean quiet;

    public ManagerReloader(ModuleRegistry modules) {
        this.modules = modules;
        modules.listener(this);
    }

    /** The module registry behind this reloader. */
    public ModuleRegistry modules() {
        return modules;
    }

    /**
     * Sets the reload function of a built-in module (registering it when unknown); {@code reload}
     * returns false when the reload failed.
     */
    public void register(String name, BooleanSupplier reload) {
        modules.onReload(name, reload);
    }

    public void attach(ManagerRuntime rt) {
        this.runtime = rt;
    }

    @Override
    public synchronized ReloadResult reload(String module) {
        return map(modules.reload(module));
    }

    /**
     * Reloads without the Reload event and without stamping the reload time, as a module's own
     * CLI command ({@code manager reload}) calls its reload directly.
     */
    @Override
    public synchronized ReloadResult reloadQuietly(String module) {
        if (module != null) {
            return map(modules.reloadModuleQuietly(module));
        }
        quiet = true;
        try {
            return map(modules.reload(null));
        } finally {
            quiet = false;
        }
    }

    private static ReloadResult map(org.switchboard.pbx.module.ReloadResult r) {
        return ReloadResult.valueOf(r.name());
    }

    // ---- ModuleListener: the events ----

    @Override
    public void reloadStarting() {
        if (runtime != null && !quiet) {
            runtime.status().reloaded(runtime.clock().now());
        }
    }

    @Override
    public void reloaded(String name, org.switchboard.pbx.module.ReloadResult result) {
        if (!quiet) {
            publish("Reload", name == null || name.isEmpty() ? "All" : name, Integer.toString(result.code()),
                    "publish_reload_message");
        }
    }

    @Override
    public void loaded(String name, LoadResult result) {
        publish("Load", name, result.text(), "publish_load_message");
    }

    @Override
    public void unloaded(String name) {
        publish("Unload", name, "Success", "publish_unload_message");
    }

    private void publish(String event, String module, String status, String function) {
        if (runtime == null) {
            return;
        }
        runtime.events().publish(event, PermissionClass.SYSTEM.mask(),
                "Module: " + module + "\r\nStatus: " + status + "\r\n", "loader.c", function);
    }
}
