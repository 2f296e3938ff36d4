package org.switchboard.pbx.module;

/**
 * One line of {@code module show}: a module in the module list, with its use count (dependants
 * holding it, plus one for a built-in, which keeps itself until shutdown) and whether it runs.
 */
public record ModuleStatus(String resource, String description, int useCount, boolean running,
                           SupportLevel supportLevel) {
    /** "Running" or "Not Running" (loader.c ast_update_module_list). */
    public String statusText() {
        return running ? "Running" : "Not Running";
    }
}
