package org.switchboard.pbx.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.Variable;

/**
 * The module list of Asterisk's loader (main/loader.c), over what Switchboard implements. Built-in
 * modules ({@code manager}, {@code http}, ...) are registered once and always run; loadable modules
 * ({@code res_*.so}, {@code app_*.so}) are files of a virtual modules directory, loaded at start as
 * modules.conf says ({@code autoload}, {@code load}, {@code noload}, ...) and later by
 * {@link #load}/{@link #unload}. Adding a module is one {@link #builtin} or {@link #loadable} call.
 *
 * <p>Names are matched as loader.c resource_name_match does: ASCII case ignored and a trailing
 * {@code .so} optional. Meant for the PBX core thread; the methods are synchronized all the same.
 *
 * <p>Unlike Asterisk, a bad modules.conf (an unknown option, {@code noload} of a built-in) is
 * logged and skipped rather than stopping the server, and a module Switchboard does not have is
 * logged as not implemented.
 */
public final class ModuleRegistry {
    private static final Logger log = LoggerFactory.getLogger("loader");

    private final Map<String, ModuleDefinition> files = new LinkedHashMap<>();
    private final List<Module> modules = new ArrayList<>();
    private ModuleListener listener = ModuleListener.NONE;
    private boolean started;
    private boolean reloading;

    private static final class Module {
        ModuleDefinition definition;
        final String resource;
        boolean running;
        boolean declined;

        Module(ModuleDefinition definition, String resource) {
            this.definition = definition;
            this.resource = resource;
        }
    }

    /** Who hears of loads, unloads and reloads (the manager's events). */
    public synchronized void listener(ModuleListener l) {
        this.listener = l == null ? ModuleListener.NONE : l;
    }

    /**
     * Registers a built-in module; it runs from {@link #start} on. {@code reload} null means the
     * module cannot be reloaded; it returns false when a reload failed.
     */
    public ModuleRegistry builtin(String name, String description, BooleanSupplier reload, String... requires) {
        return builtin(new ModuleDefinition(name, description, SupportLevel.CORE, true, List.of(requires),
                reload == null ? ModuleHooks.NONE : ModuleHooks.reloading(reload)));
    }

    /** Registers a built-in module with full hooks. */
    public synchronized ModuleRegistry builtin(ModuleDefinition definition) {
        if (!definition.builtin()) {
            throw new IllegalArgumentException("not a built-in module: " + definition.resource());
        }
        if (find(definition.resource()) != null) {
            throw new IllegalArgumentException("module registered twice: " + definition.resource());
        }
        Module m = new Module(definition, definition.resource());
        modules.add(m);
        if (started) {
            startModule(m);
        }
        return this;
    }

    /**
     * Gives an existing module a new reload callback (for a part that wires itself in after the
     * registry was built), or registers a built-in of that name when there is none.
     */
    public synchronized void onReload(String name, BooleanSupplier reload) {
        Module m = find(name);
        if (m == null) {
            builtin(name, name, reload);
            return;
        }
        ModuleDefinition d = m.definition;
        ModuleHooks old = d.hooks();
        ModuleHooks hooks = new ModuleHooks() {
            @Override public boolean load() { return old.load(); }
            @Override public boolean unload() { return old.unload(); }
            @Override public boolean reloadable() { return true; }
            @Override public boolean reload() { return reload.getAsBoolean(); }
        };
        m.definition = new ModuleDefinition(d.resource(), d.description(), d.supportLevel(), d.builtin(), d.requires(), hooks);
    }

    /** Puts a loadable module file in the modules directory; it runs once loaded. */
    public synchronized ModuleRegistry loadable(ModuleDefinition definition) {
        if (definition.builtin()) {
            throw new IllegalArgumentException("a built-in module is registered with builtin(): " + definition.resource());
        }
        if (files.putIfAbsent(definition.resource(), definition) != null) {
            throw new IllegalArgumentException("module file registered twice: " + definition.resource());
        }
        return this;
    }

    /** Whether the modules directory holds this exact file name (as realpath would find it). */
    public synchronized boolean hasFile(String fileName) {
        return files.containsKey(fileName);
    }

    // ---- start-up ----

    /**
     * Starts the built-ins, then loads modules as the {@code [modules]} section of modules.conf
     * says (loader.c loader_config_init, load_modules). Without a modules.conf every module file
     * is loaded, as with {@code autoload=yes}.
     */
    public synchronized void start(ConfigFile modulesConf) {
        for (Module m : List.copyOf(modules)) {
            startModule(m);
        }
        List<String> order = loadOrder(modulesConf);
        List<String> pending = new ArrayList<>(order);
        // dependencies first: retry what waited for a module loaded later in the list
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (String name : List.copyOf(pending)) {
                ModuleDefinition def = fileFor(name);
                if (def == null) {
                    log.warn("Module '{}' is not implemented by Switchboard; not loaded", name);
                    pending.remove(name);
                    continue;
                }
                if (def.requires().stream().allMatch(this::isRunning)) {
                    loadResource(name);
                    pending.remove(name);
                    progress = true;
                }
            }
        }
        for (String name : pending) {
            log.error("{} has one or more unknown dependencies.", name);
            loadResource(name);
        }
        started = true;
    }

    private List<String> loadOrder(ConfigFile conf) {
        List<String> order = new ArrayList<>();
        Optional<Category> section = conf == null ? Optional.empty() : conf.section("modules");
        if (conf == null) {
            log.warn("'modules.conf' invalid or missing; loading every module");
        }
        List<Variable> lines = section.map(Category::variables).orElse(List.of());
        for (Variable v : lines) {
            String option = v.name().toLowerCase(Locale.ROOT);
            switch (option) {
                case "preload", "preload-require", "load", "require" -> addOnce(order, v.value());
                case "noload", "autoload" -> { }
                default -> log.error("Unknown configuration option '{}' in modules.conf", v.name());
            }
        }
        boolean autoload = conf == null || section.flatMap(c -> c.value("autoload"))
                .map(org.switchboard.config.AstBool::isTrue).orElse(false);
        if (autoload) {
            for (String file : files.keySet()) {
                if (find(file) == null) {
                    addOnce(order, file);
                }
            }
        }
        for (Variable v : lines) {
            if (!v.name().equalsIgnoreCase("noload")) {
                continue;
            }
            Module builtin = find(v.value());
            if (builtin != null && builtin.definition.builtin()) {
                log.error("{} is a built-in module, you cannot specify 'noload'.", v.value());
                continue;
            }
            order.removeIf(name -> sameModule(v.value(), name));
        }
        return order;
    }

    private static void addOnce(List<String> order, String name) {
        if (order.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
            order.add(name);
        }
    }

    // ---- queries ----

    /** ast_module_check: is a module of that name in the module list (running or not)? */
    public synchronized boolean isLoaded(String name) {
        return name != null && !name.isEmpty() && find(name) != null;
    }

    /** Whether a module of that name runs. */
    public synchronized boolean isRunning(String name) {
        Module m = find(name);
        return m != null && m.running;
    }

    /** The module list sorted by name ignoring case, as {@code module show} prints it. */
    public synchronized List<ModuleStatus> list() {
        List<ModuleStatus> out = new ArrayList<>();
        for (Module m : modules) {
            out.add(new ModuleStatus(m.resource, m.definition.description(), useCount(m), m.running,
                    m.definition.supportLevel()));
        }
        out.sort(Comparator.comparing(s -> s.resource().toLowerCase(Locale.ROOT)));
        return out;
    }

    // ---- load, unload, reload ----

    /** ast_load_resource: loads a module file (or restarts a module that declined). */
    public synchronized LoadResult load(String name) {
        Module existing = find(name);
        if (existing != null && existing.declined) {
            unload(name);   // loader.c: a module that declined is unloaded first, then loaded afresh
        }
        LoadResult result = loadResource(name);
        if (started) {
            listener.loaded(name, result);
        }
        return result;
    }

    private LoadResult loadResource(String name) {
        Module m = find(name);
        if (m != null) {
            if (m.running) {
                log.warn("Module '{}' already loaded and running.", name);
                return LoadResult.DECLINE;
            }
        } else {
            ModuleDefinition def = fileFor(name);
            if (def == null) {
                log.warn("Error loading module '{}': no such module file", name);
                return LoadResult.DECLINE;
            }
            m = new Module(def, def.resource());
            modules.add(m);
        }
        return startModule(m);
    }

    private LoadResult startModule(Module m) {
        if (m.running) {
            return LoadResult.SUCCESS;
        }
        for (String dep : m.definition.requires()) {
            if (!isRunning(dep)) {
                log.error("{} loaded before dependency {}!", m.resource, dep);
                return LoadResult.DECLINE;
            }
        }
        boolean ok;
        try {
            ok = m.definition.hooks().load();
        } catch (RuntimeException e) {
            log.error("Module '{}' failed to load", m.resource, e);
            ok = false;
        }
        if (!ok) {
            m.declined = true;
            return LoadResult.DECLINE;
        }
        m.running = true;
        m.declined = false;
        // loader.c start_resource: a started module moves to the end of the list
        modules.remove(m);
        modules.add(m);
        return LoadResult.SUCCESS;
    }

    /**
     * ast_unload_resource (soft): a module in use (a built-in always is) stays; a module that never
     * ran is simply removed. True when the module is gone.
     */
    public synchronized boolean unload(String name) {
        Module m = find(name);
        if (m == null) {
            log.warn("Unload failed, '{}' could not be found", name);
            return false;
        }
        if (m.running && !m.declined) {
            int uses = useCount(m);
            if (uses > 0) {
                log.warn("Soft unload failed, '{}' has use count {}", name, uses);
                return false;
            }
            boolean ok;
            try {
                ok = m.definition.hooks().unload();
            } catch (RuntimeException e) {
                log.error("Module '{}' failed to unload", m.resource, e);
                ok = false;
            }
            if (!ok) {
                log.warn("Firm unload failed for {}", name);
                return false;
            }
        } else {
            log.info("Unloading module '{}' that previously declined to load", name);
        }
        m.running = false;
        m.declined = false;
        modules.remove(m);
        listener.unloaded(name);
        return true;
    }

    /** ast_refresh_resource (not recursive): 0 when unloaded and loaded again, 1 when the unload failed, -1 when the load did. */
    public synchronized int refresh(String name) {
        if (!unload(name)) {
            return 1;
        }
        return load(name) == LoadResult.SUCCESS ? 0 : -1;
    }

    /**
     * ast_module_reload: reloads one module ({@code name}) or every running module that can
     * (null), and tells the listener once. The result is Asterisk's: for everything, SUCCESS as
     * soon as one module reloaded.
     */
    public synchronized ReloadResult reload(String name) {
        ReloadResult result = reloadOnly(name);
        listener.reloaded(name, result);
        return result;
    }

    private ReloadResult reloadOnly(String name) {
        if (reloading) {
            log.info("The previous reload command didn't finish yet");
            return ReloadResult.IN_PROGRESS;
        }
        reloading = true;
        try {
            listener.reloadStarting();
            ReloadResult res = ReloadResult.NOT_FOUND;
            for (Module m : List.copyOf(modules)) {
                if (name != null && !sameModule(name, m.resource)) {
                    continue;
                }
                if (!m.running || m.declined) {
                    if (res == ReloadResult.NOT_FOUND) {
                        res = ReloadResult.UNINITIALIZED;
                    }
                    if (name == null) {
                        continue;
                    }
                    break;
                }
                if (!m.definition.hooks().reloadable()) {
                    if (res == ReloadResult.NOT_FOUND) {
                        res = ReloadResult.NOT_IMPLEMENTED;
                    }
                    if (name == null) {
                        continue;
                    }
                    break;
                }
                log.info("Reloading module '{}' ({})", m.resource, m.definition.description());
                if (runReload(m)) {
                    res = ReloadResult.SUCCESS;
                } else if (res == ReloadResult.NOT_FOUND) {
                    res = ReloadResult.ERROR;
                }
                if (name != null) {
                    break;
                }
            }
            return res;
        } finally {
            reloading = false;
        }
    }

    /**
     * Runs one module's reload callback directly, with no Reload event and no "last reload" stamp
     * (as a module's own CLI command, e.g. {@code manager reload}, does). NOT_FOUND when there is no
     * such module.
     */
    public synchronized ReloadResult reloadModuleQuietly(String name) {
        Module m = find(name);
        if (m == null) {
            return ReloadResult.NOT_FOUND;
        }
        if (!m.definition.hooks().reloadable()) {
            return ReloadResult.NOT_IMPLEMENTED;
        }
        return runReload(m) ? ReloadResult.SUCCESS : ReloadResult.ERROR;
    }

    private static boolean runReload(Module m) {
        try {
            return m.definition.hooks().reload();
        } catch (RuntimeException e) {
            log.error("Reload of {} failed", m.resource, e);
            return false;
        }
    }

    // ---- helpers ----

    private int useCount(Module m) {
        int uses = m.definition.builtin() && m.running ? 1 : 0;
        for (Module other : modules) {
            if (other != m && other.running && other.definition.requires().stream().anyMatch(r -> sameModule(r, m.resource))) {
                uses++;
            }
        }
        return uses;
    }

    private Module find(String name) {
        for (Module m : modules) {
            if (sameModule(name, m.resource)) {
                return m;
            }
        }
        return null;
    }

    /** The file load_dynamic_module would open: the name, with ".so" added when missing. */
    private ModuleDefinition fileFor(String name) {
        String file = name.toLowerCase(Locale.ROOT).endsWith(".so") ? name : name + ".so";
        return files.get(file);
    }

    /** loader.c resource_name_match: same base name (without a trailing ".so", any case), ignoring case. */
    static boolean sameModule(String a, String b) {
        return base(a).equalsIgnoreCase(base(b));
    }

    private static String base(String name) {
        int n = name.length();
        return n > 3 && name.regionMatches(true, n - 3, ".so", 0, 3) ? name.substring(0, n - 3) : name;
    }
}
