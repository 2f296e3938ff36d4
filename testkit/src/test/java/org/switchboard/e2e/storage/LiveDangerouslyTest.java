package org.switchboard.e2e.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** asterisk.conf live_dangerously=yes turns the file checks of the config and module actions off (spec 01 §3.5). */
class LiveDangerouslyTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "asterisk.conf", "[options]\nlive_dangerously = yes\n",
            "manager.conf", "[general]\nenabled = yes\nbindaddr = 127.0.0.1\n[admin]\nsecret = pw\nread = all\nwrite = all\n"));

    @Test
    void filesOutsideTheConfigurationDirectoryAreAllowed() throws Exception {
        Path outside = sb.configDir().getParent().resolve("outside.conf");
        Files.writeString(outside, "[x]\ny = 1\n");
        AmiTestClient c = sb.login("admin", "pw");
        assertThat(c.request("Action: GetConfig", "Filename: " + outside, "ActionID: g").header("Line-000000-000000"))
                .isEqualTo("y=1");
        assertThat(c.request("Action: CreateConfig", "Filename: ../made.conf", "ActionID: c").header("Message"))
                .isEqualTo("New configuration file created successfully");
        assertThat(Files.exists(sb.configDir().getParent().resolve("made.conf"))).isTrue();
    }

    @Test
    void moduleLoadSkipsTheModulesDirectoryCheck() {
        AmiTestClient c = sb.login("admin", "pw");
        assertThat(c.request("Action: ModuleLoad", "Module: manager", "LoadType: reload", "ActionID: m").header("Message"))
                .isEqualTo("Module reloaded.");
        assertThat(c.request("Action: ModuleLoad", "Module: manager", "LoadType: unload", "ActionID: u").header("Message"))
                .as("a built-in is always in use").isEqualTo("Could not unload module.");
    }
}
