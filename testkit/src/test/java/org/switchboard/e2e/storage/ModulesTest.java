package org.switchboard.e2e.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.manager.Switchboard;
import org.switchboard.manager.cli.CliOutcome;
import org.switchboard.pbx.module.ModuleDefinition;
import org.switchboard.pbx.module.ModuleHooks;
import org.switchboard.pbx.module.SupportLevel;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** ModuleCheck, ModuleLoad, Reload and the module CLI (spec 01 §9.2, spec 02 §2.7 and §4.7; loader.c, cli.c). */
class ModulesTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/test/resources/captures/etc"));

    @Test
    void moduleCheckFindsBuiltinsIgnoringCaseAndSo() {
        AmiTestClient c = sb.login("admin", "admin123");
        c.send("Action: ModuleCheck", "Module: Manager.so", "ActionID: m1");
        c.awaitMessage(0, m -> m.actionId().equals("m1"), AmiTestClient.DEFAULT_WAIT);
        assertThat(c.received()).contains("Response: Success\r\nActionID: m1\r\nVersion: \r\n\r\n");
        assertThat(c.request("Action: ModuleCheck", "Module: chan_nosuch.so", "ActionID: m2").header("Message"))
                .isEqualTo("Module not loaded");
        assertThat(c.request("Action: ModuleCheck", "ActionID: m3").header("Message")).isEqualTo("Module not loaded");
    }

    @Test
    void reloadSendsOneReloadEventPerRequest() {
        AmiTestClient c = sb.login("admin", "admin123");
        assertThat(c.request("Action: Reload", "Module: manager", "ActionID: r1").header("Message")).isEqualTo("Module Reloaded");
        AmiMessage event = c.awaitEvent("Reload");
        assertThat(event.headers().lines()).containsExactly("Event: Reload", "Privilege: system,all", "Module: manager", "Status: 0");

        int from = c.messageCount();
        assertThat(c.request("Action: Reload", "Module: nosuch", "ActionID: r2").header("Message")).isEqualTo("No such module");
        AmiMessage notFound = c.awaitMessage(from, m -> m.header("Event").equals("Reload"), AmiTestClient.DEFAULT_WAIT);
        assertThat(notFound.header("Module")).isEqualTo("nosuch");
        assertThat(notFound.header("Status")).isEqualTo("2");

        from = c.messageCount();
        assertThat(c.request("Action: Reload", "ActionID: r3").header("Message")).isEqualTo("Module Reloaded");
        AmiMessage all = c.awaitMessage(from, m -> m.header("Event").equals("Reload"), AmiTestClient.DEFAULT_WAIT);
        assertThat(all.header("Module")).isEqualTo("All");
        assertThat(all.header("Status")).isEqualTo("0");
    }

    @Test
    void moduleLoadChecksTheModulesDirectoryFirst() {
        AmiTestClient c = sb.login("admin", "admin123");
        assertThat(c.request("Action: ModuleLoad", "Module: manager", "LoadType: reload", "ActionID: l1").header("Message"))
                .as("a built-in is no file in the modules directory").isEqualTo("Module not found.");
        assertThat(c.request("Action: ModuleLoad", "Module: ../../../../../etc/passwd", "LoadType: load", "ActionID: l2")
                .header("Message")).isEqualTo("Module must be in the configured modules directory.");
        assertThat(c.request("Action: ModuleLoad", "LoadType: reload", "ActionID: l3").header("Message"))
                .isEqualTo("All modules reloaded");
        assertThat(c.request("Action: ModuleLoad", "Module: res_x.so", "LoadType: bogus", "ActionID: l4").header("Message"))
                .isEqualTo("Module not found.");
    }

    @Test
    void moduleLoadWithoutLoadTypeOrModuleAnswersThreeTimes() {
        AmiTestClient c = sb.login("admin", "admin123");
        c.send("Action: ModuleLoad", "ActionID: q");
        c.awaitUntil(() -> c.messages().stream().filter(m -> m.actionId().equals("q")).count() >= 3,
                AmiTestClient.DEFAULT_WAIT);
        assertThat(c.messages()).filteredOn(m -> m.actionId().equals("q")).extracting(m -> m.header("Message"))
                .containsExactly("Incomplete ModuleLoad action.", "Need module name", "Incomplete ModuleLoad action.");
    }

    @Test
    void aLoadableModuleLoadsUnloadsAndRefreshesWithEvents(Switchboard server) {
        server.modules().loadable(new ModuleDefinition("res_switchboard_test.so", "Switchboard test module",
                SupportLevel.EXTENDED, false, List.of("manager"), ModuleHooks.reloading(() -> true)));
        AmiTestClient c = sb.login("admin", "admin123");
        assertThat(c.request("Action: ModuleCheck", "Module: res_switchboard_test", "ActionID: c0").header("Message"))
                .isEqualTo("Module not loaded");

        int from = c.messageCount();
        assertThat(c.request("Action: ModuleLoad", "Module: res_switchboard_test.so", "LoadType: load", "ActionID: a1")
                .header("Message")).isEqualTo("Module loaded.");
        AmiMessage load = c.awaitMessage(from, m -> m.header("Event").equals("Load"), AmiTestClient.DEFAULT_WAIT);
        assertThat(load.headers().lines()).containsExactly("Event: Load", "Privilege: system,all",
                "Module: res_switchboard_test.so", "Status: Success");
        assertThat(c.request("Action: ModuleCheck", "Module: res_switchboard_test", "ActionID: c1").header("Response"))
                .isEqualTo("Success");
        assertThat(c.request("Action: ModuleLoad", "Module: res_switchboard_test.so", "LoadType: load", "ActionID: a2")
                .header("Message")).isEqualTo("Could not load module.");
        assertThat(c.request("Action: ModuleLoad", "Module: res_switchboard_test.so", "LoadType: reload", "ActionID: a3")
                .header("Message")).isEqualTo("Module reloaded.");
        assertThat(c.request("Action: ModuleLoad", "Module: res_switchboard_test.so", "LoadType: refresh", "ActionID: a4")
                .header("Message")).isEqualTo("Module unloaded and loaded.");

        from = c.messageCount();
        assertThat(c.request("Action: ModuleLoad", "Module: res_switchboard_test.so", "LoadType: unload", "ActionID: a5")
                .header("Message")).isEqualTo("Module unloaded.");
        AmiMessage unload = c.awaitMessage(from, m -> m.header("Event").equals("Unload"), AmiTestClient.DEFAULT_WAIT);
        assertThat(unload.header("Module")).isEqualTo("res_switchboard_test.so");
        assertThat(unload.header("Status")).isEqualTo("Success");
        assertThat(c.request("Action: ModuleLoad", "Module: res_switchboard_test.so", "LoadType: unload", "ActionID: a6")
                .header("Message")).isEqualTo("Could not unload module.");
    }

    @Test
    void moduleShowListsTheBuiltinsAlphabetically(Switchboard server) {
        CliOutcome all = server.executeCli("module show");
        assertThat(all.output()).startsWith(String.format("%-30s %-40.40s %-10s %-11s %13s\n", "Module", "Description",
                "Use Count", "Status", "Support Level"));
        assertThat(all.output()).contains(String.format("%-30s %-40.40s %-10d %-11s %13s\n", "manager",
                "Asterisk Manager Interface", 1, "Running", "core"));
        List<String> lines = all.output().lines().toList();
        List<String> names = lines.subList(1, lines.size() - 1).stream().map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertThat(all.output()).endsWith(names.size() + " modules loaded\n");
        assertThat(names).contains("acl", "cdr", "extconfig", "http", "logger", "manager", "pbx_config", "core_local");
        assertThat(names).isSortedAccordingTo(String::compareTo);

        // like ignores case: only res_manager_devicestate has "devicestate" in its name
        assertThat(server.executeCli("module show like DEVICESTATE").output()).endsWith("\n1 modules loaded\n");
        assertThat(server.executeCli("module show like").success()).isFalse();
    }

    @Test
    void moduleReloadPrintsPerModuleAndCoreReloadReloadsAll(Switchboard server) {
        AmiTestClient c = sb.login("admin", "admin123");
        assertThat(server.executeCli("module reload manager nosuch logger").output()).isEqualTo(
                "Module 'manager' reloaded successfully.\nNo such module 'nosuch'\nModule 'logger' reloaded successfully.\n");
        c.awaitMessage(0, m -> m.header("Event").equals("Reload") && m.header("Module").equals("logger"),
                AmiTestClient.DEFAULT_WAIT);
        CliOutcome core = server.executeCli("core reload");
        assertThat(core.success()).isTrue();
        assertThat(core.output()).isEmpty();
        c.awaitMessage(0, m -> m.header("Event").equals("Reload") && m.header("Module").equals("All"),
                AmiTestClient.DEFAULT_WAIT);
        assertThat(server.executeCli("module load res_nosuch.so").output())
                .startsWith("Unable to load module res_nosuch.so\n");
        assertThat(server.executeCli("module unload manager").output()).startsWith("Unable to unload resource manager\n");
    }
}
