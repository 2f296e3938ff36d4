package org.switchboard.pbx.module;

/**
 * Told what the registry did, so that the manager can publish the Load, Unload and Reload events
 * (loader.c publish_load_message, publish_unload_message, publish_reload_message).
 */
public interface ModuleListener {
    ModuleListener NONE = new ModuleListener() { };

    /** A reload request finished; {@code name} is null for "everything". Called for every request. */
    default void reloaded(String name, ReloadResult result) { }

    /** A load after start-up finished, with the name as requested. */
    default void loaded(String name, LoadResult result) { }

    /** A module was unloaded, with the name as requested. */
    default void unloaded(String name) { }

    /** A reload is starting (Asterisk stamps its "last reload" time here). */
    default void reloadStarting() { }
}
