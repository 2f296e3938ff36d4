package org.switchboard.pbx.module;

/**
 * What a module does when it is loaded, unloaded and reloaded (the load, unload and reload
 * callbacks of an Asterisk module). Each returns false when it failed; a load that returns false
 * declines, as AST_MODULE_LOAD_DECLINE does.
 */
public interface ModuleHooks {
    /** Hooks that do nothing and always succeed, without reload support. */
    ModuleHooks NONE = new ModuleHooks() { };

    default boolean load() {
        return true;
    }

    default boolean unload() {
        return true;
    }

    /** Whether the module has a reload callback at all (without one, reload is NOT_IMPLEMENTED). */
    default boolean reloadable() {
        return false;
    }

    default boolean reload() {
        return true;
    }

    /** Hooks whose reload runs {@code reload}. */
    static ModuleHooks reloading(java.util.function.BooleanSupplier reload) {
        return new ModuleHooks() {
            @Override
            public boolean reloadable() {
                return true;
            }

            @Override
            public boolean reload() {
                return reload.getAsBoolean();
            }
        };
    }
}
