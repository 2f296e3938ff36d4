package org.switchboard.pbx.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;

/** ModuleRegistry against loader.c (ast_module_reload, ast_load_resource, ast_unload_resource, module show). */
class ModuleRegistryTest {
    final List<String> heard = new ArrayList<>();
    final AtomicInteger managerReloads = new AtomicInteger();
    ModuleRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new ModuleRegistry();
        registry.listener(new ModuleListener() {
            @Override public void reloaded(String name, ReloadResult result) { heard.add("Reload " + name + " " + result.code()); }
            @Override public void loaded(String name, LoadResult result) { heard.add("Load " + name + " " + result.text()); }
            @Override public void unloaded(String name) { heard.add("Unload " + name); }
        });
        registry.builtin("extconfig", "Configuration", () -> true);
        registry.builtin("manager", "Asterisk Manager Interface", () -> managerReloads.incrementAndGet() > 0, "extconfig");
        registry.builtin("logger", "Logger", null);
    }

    static ModuleDefinition file(String name, ModuleHooks hooks, String... requires) {
        return new ModuleDefinition(name, "Test " + name, SupportLevel.EXTENDED, false, List.of(requires), hooks);
    }

    static ConfigFile modulesConf(String text) throws Exception {
        return new ConfigReader(ConfigReadOptions.in(Path.of("/nonexistent"))).parse(Path.of("modules.conf"), text);
    }

    @Test
    void reloadByNameMatchesIgnoringCaseAndSo() throws Exception {
        registry.start(modulesConf("[modules]\nautoload=yes\n"));
        assertThat(registry.reload("MANAGER.so")).isEqualTo(ReloadResult.SUCCESS);
        assertThat(registry.reload("logger")).isEqualTo(ReloadResult.NOT_IMPLEMENTED);
        assertThat(registry.reload("nosuch")).isEqualTo(ReloadResult.NOT_FOUND);
        assertThat(registry.reload(null)).isEqualTo(ReloadResult.SUCCESS);
        assertThat(managerReloads).hasValue(2);
        assertThat(heard).containsExactly("Reload MANAGER.so 0", "Reload logger 6", "Reload nosuch 2", "Reload null 0");
    }

    @Test
    void aFullReloadReportsErrorOnlyWhenNothingSucceeded() throws Exception {
        ModuleRegistry r = new ModuleRegistry();
        r.builtin("a", "A", () -> false);
        r.builtin("b", "B", null);
        r.start(null);
        assertThat(r.reload(null)).isEqualTo(ReloadResult.ERROR);
        r.builtin("c", "C", () -> true);
        assertThat(r.reload(null)).isEqualTo(ReloadResult.SUCCESS);
    }

    @Test
    void aReloadInsideAReloadIsInProgress() {
        ModuleRegistry r = new ModuleRegistry();
        List<ReloadResult> inner = new ArrayList<>();
        r.builtin("outer", "Outer", () -> inner.add(r.reload("outer")));
        r.start(null);
        assertThat(r.reload("outer")).isEqualTo(ReloadResult.SUCCESS);
        assertThat(inner).containsExactly(ReloadResult.IN_PROGRESS);
    }

    @Test
    void modulesConfAutoloadLoadsEveryFileButTheNoloadOnes() throws Exception {
        registry.loadable(file("res_one.so", ModuleHooks.NONE));
        registry.loadable(file("res_two.so", ModuleHooks.NONE));
        registry.start(modulesConf("[modules]\nautoload = yes\nnoload => res_two\nnoload => manager\n"));
        assertThat(registry.isLoaded("res_one.so")).isTrue();
        assertThat(registry.isLoaded("res_two.so")).isFalse();
        assertThat(registry.isLoaded("manager")).as("built-ins cannot be noloaded").isTrue();
    }

    @Test
    void withoutAutoloadOnlyTheLoadLinesLoad() throws Exception {
        registry.loadable(file("res_one.so", ModuleHooks.NONE));
        registry.loadable(file("res_two.so", ModuleHooks.NONE, "res_one.so"));
        registry.start(modulesConf("[modules]\nautoload=no\nload => res_two.so\nload => res_one\nload => chan_pjsip.so\n"));
        assertThat(registry.isRunning("res_one")).isTrue();
        assertThat(registry.isRunning("res_two")).as("loaded after its dependency").isTrue();
        assertThat(registry.isLoaded("chan_pjsip.so")).as("not implemented").isFalse();
    }

    @Test
    void moduleShowListsAlphabeticallyWithUseCounts() throws Exception {
        registry.loadable(file("res_uses_manager.so", ModuleHooks.NONE, "manager"));
        registry.start(null);
        assertThat(registry.list()).extracting(ModuleStatus::resource)
                .containsExactly("extconfig", "logger", "manager", "res_uses_manager.so");
        assertThat(registry.list()).extracting(ModuleStatus::useCount).containsExactly(2, 1, 2, 0);
        assertThat(registry.list().get(3).statusText()).isEqualTo("Running");
    }

    @Test
    void loadUnloadAndRefreshALoadableModule() throws Exception {
        List<String> calls = new ArrayList<>();
        registry.loadable(file("res_x.so", new ModuleHooks() {
            @Override public boolean load() { return calls.add("load"); }
            @Override public boolean unload() { return calls.add("unload"); }
        }));
        registry.start(modulesConf("[modules]\nautoload=no\n"));
        assertThat(registry.isLoaded("res_x.so")).isFalse();
        assertThat(registry.load("res_x.so")).isEqualTo(LoadResult.SUCCESS);
        assertThat(registry.load("res_x.so")).as("already running").isEqualTo(LoadResult.DECLINE);
        assertThat(registry.refresh("res_x.so")).isZero();
        assertThat(registry.unload("res_x")).isTrue();
        assertThat(registry.unload("res_x")).isFalse();
        assertThat(registry.load("res_nosuch.so")).isEqualTo(LoadResult.DECLINE);
        assertThat(calls).containsExactly("load", "unload", "load", "unload");
        assertThat(heard).containsExactly("Load res_x.so Success", "Load res_x.so Decline", "Unload res_x.so",
                "Load res_x.so Success", "Unload res_x", "Load res_nosuch.so Decline");
    }

    @Test
    void builtinsAndModulesInUseDoNotUnload() {
        registry.loadable(file("res_a.so", ModuleHooks.NONE));
        registry.loadable(file("res_b.so", ModuleHooks.NONE, "res_a.so"));
        registry.start(null);
        assertThat(registry.unload("manager")).isFalse();
        assertThat(registry.unload("res_a.so")).as("res_b uses it").isFalse();
        assertThat(registry.unload("res_b.so")).isTrue();
        assertThat(registry.unload("res_a.so")).isTrue();
    }

    @Test
    void aModuleThatDeclinedIsUninitializedForReload() {
        registry.loadable(file("res_no.so", new ModuleHooks() {
            @Override public boolean load() { return false; }
            @Override public boolean reloadable() { return true; }
        }));
        registry.start(null);
        assertThat(registry.list()).filteredOn(s -> s.resource().equals("res_no.so"))
                .extracting(ModuleStatus::statusText).containsExactly("Not Running");
        assertThat(registry.reload("res_no.so")).isEqualTo(ReloadResult.UNINITIALIZED);
        assertThat(registry.isLoaded("res_no")).isTrue();
    }
}
