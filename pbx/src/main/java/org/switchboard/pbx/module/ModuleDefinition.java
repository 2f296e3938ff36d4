package org.switchboard.pbx.module;

import java.util.List;
import java.util.Objects;

/**
 * A module Switchboard implements, named as Asterisk names it: a built-in part of the core
 * ({@code manager}, {@code http}, ...: always running, never unloaded) or a loadable module file
 * ({@code res_foo.so}, {@code app_bar.so}: loaded as modules.conf says).
 *
 * @param resource     the name {@code module show} prints: the built-in's name, or the file name
 * @param description  the one-line description
 * @param supportLevel as {@code module show} prints it
 * @param builtin      part of the core (main/*.c modules)
 * @param requires     modules that must be running first; each running dependant holds a use count
 * @param hooks        load, unload and reload
 */
public record ModuleDefinition(String resource, String description, SupportLevel supportLevel, boolean builtin,
                               List<String> requires, ModuleHooks hooks) {
    public ModuleDefinition {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(supportLevel, "supportLevel");
        requires = List.copyOf(requires);
        Objects.requireNonNull(hooks, "hooks");
        if (!builtin && !resource.endsWith(".so")) {
            throw new IllegalArgumentException("a loadable module is a file name ending in .so: " + resource);
        }
    }
}
