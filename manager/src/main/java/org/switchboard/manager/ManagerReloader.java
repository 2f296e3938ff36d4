package org.switchboard.manager;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.protocol.Ascii;

/**
 * Reloads by module name as Asterisk's ast_module_reload does: the reloadable parts register
 * here ({@code manager}, {@code acl}, ...); a null name reloads them all. Each request publishes
 * the {@code Reload} event (spec 02 §2.7: {@code Module: <name or All>}, {@code Status: <n>}).
 */
public final class ManagerReloader implements ManagerRuntime.Reloader {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.loader");

    private final Map<String, BooleanSupplier> modules = new LinkedHashMap<>();
    private ManagerRuntime runtime;
    private boolean reloading;

    /** Registers a reloadable module; {@code reload} returns false when the reload failed. */
    public synchronized void register(String name, BooleanSupplier reload) {
        modules.put(Ascii.toLowerCase(name), reload);
    }

    public void attach(ManagerRuntime rt) {
        this.runtime = rt;
    }

    @Override
    public synchronized ReloadResult reload(String module) {
        ReloadResult result = reloadQuietly(module);
        publish(module, result);
        return result;
    }

    /** Reloads without the Reload event (as {@code manager reload} calls the module directly). */
    public synchronized ReloadResult reloadQuietly(String module) {
        if (reloading) {
            return ReloadResult.IN_PROGRESS;
        }
        reloading = true;
        try {
            if (runtime != null) {
                runtime.status().reloaded(runtime.clock().now());
            }
            if (module == null) {
                boolean ok = true;
                for (Map.Entry<String, BooleanSupplier> e : modules.entrySet()) {
                    ok &= run(e.getKey(), e.getValue());
                }
                return ok ? ReloadResult.SUCCESS : ReloadResult.ERROR;
            }
            String name = Ascii.toLowerCase(module);
            if (name.endsWith(".so")) {
                name = name.substring(0, name.length() - 3);
            }
            BooleanSupplier reload = modules.get(name);
            if (reload == null) {
                return ReloadResult.NOT_FOUND;
            }
            return run(name, reload) ? ReloadResult.SUCCESS : ReloadResult.ERROR;
        } finally {
            reloading = false;
        }
    }

    private static boolean run(String name, BooleanSupplier reload) {
        try {
            return reload.getAsBoolean();
        } catch (RuntimeException e) {
            log.error("Reload of {} failed", name, e);
            return false;
        }
    }

    private void publish(String module, ReloadResult result) {
        if (runtime == null) {
            return;
        }
        runtime.events().publish("Reload", PermissionClass.SYSTEM.mask(),
                "Module: " + (module == null || module.isEmpty() ? "All" : module) + "\r\n"
                        + "Status: " + status(result) + "\r\n", "loader.c", "publish_reload_message");
    }

    /** include/asterisk/module.h ast_module_reload_result numbers. */
    static int status(ReloadResult r) {
        switch (r) {
            case SUCCESS: return 0;
            case QUEUED: return 1;
            case NOT_FOUND: return 2;
            case ERROR: return 3;
            case IN_PROGRESS: return 4;
            case UNINITIALIZED: return 5;
            default: return 6;
        }
    }
}
