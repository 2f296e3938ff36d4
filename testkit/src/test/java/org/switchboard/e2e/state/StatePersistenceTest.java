package org.switchboard.e2e.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.manager.Switchboard;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.testkit.AmiTestClient;

/**
 * Custom device and presence states live in AstDB (families CustomDevstate and CustomPresence,
 * func_devstate.c and func_presencestate.c) and are published again when the server starts, before
 * the dialplan's hints are made.
 */
class StatePersistenceTest {
    @TempDir
    Path work;

    private Path etc() throws Exception {
        Path etc = work.resolve("etc");
        Files.createDirectories(etc);
        for (String name : List.of("asterisk.conf", "manager.conf", "extensions.conf")) {
            Files.copy(Blocks.CAPTURES.resolve("etc").resolve(name), etc.resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return etc;
    }

    private Switchboard start() throws Exception {
        return Switchboard.builder().configDir(etc()).dataDir(work.resolve("data")).amiPort(0).start();
    }

    private static AmiTestClient login(Switchboard sb, String user, String secret) throws Exception {
        AmiTestClient c = AmiTestClient.connect(sb.amiAddress().orElseThrow());
        assertThat(c.login(user, secret).header("Message")).isEqualTo("Authentication accepted");
        return c;
    }

    private static List<String> list(AmiTestClient c, String action, String complete) {
        int from = Blocks.of(c).size();
        c.request("Action: " + action, "ActionID: l");
        c.awaitUntil(() -> Blocks.of(c).stream().anyMatch(b -> b.startsWith("Event: " + complete)),
                AmiTestClient.DEFAULT_WAIT);
        return Blocks.from(c, from, b -> b.contains("ActionID: l\r\n"));
    }

    private static List<String> capturedList(String capture, String id) {
        return Blocks.captured(capture, "a").stream().filter(b -> b.contains("ActionID: " + id + "\r\n"))
                .map(b -> b.replace("ActionID: " + id + "\r\n", "ActionID: l\r\n")).toList();
    }

    @Test
    void theCapturedServersAstDbGivesItsCustomStatesBackAtStart() throws Exception {
        // the AstDB entries of the captured server (capture K02 lists them), written before the start
        Files.createDirectories(work.resolve("etc"));
        try (AstDb db = AstDb.open(Switchboard.Directories.under(work.resolve("data")).dbDir())) {
            String[][] entries = {
                    {"CustomDevstate", "Eggs", "INUSE"}, {"CustomDevstate", "Ham", "INVALID"},
                    {"CustomDevstate", "eggs", "INUSE"}, {"CustomDevstate", "green_eggs_and_ham", "NOT_INUSE"},
                    {"CustomDevstate", "ham", "INVALID"},
                    {"CustomPresence", "Eggs", "away,green,breakfast"},
                    {"CustomPresence", "Ham", "available,virginia,breakfast"},
                    {"CustomPresence", "Stuff", "away,it's,say \"hi\"?"},
                    {"CustomPresence", "accx02", "away,x'y,a<b>&\"c\""},
                    {"CustomPresence", "eggs", "away,green,breakfast"},
                    {"CustomPresence", "ham", "available,virginia,breakfast"},
            };
            for (String[] e : entries) {
                db.put(e[0], e[1], e[2]).join();
            }
        }
        try (Switchboard sb = start(); AmiTestClient a = login(sb, "user", "mysecret")) {
            // T02's list is exactly these presences, in the cache's order
            assertThat(list(a, "PresenceStateList", "PresenceStateListComplete"))
                    .containsExactlyElementsOf(capturedList("T02_presence_state_changes", "pl"));
            // T01's list holds these custom devices (among devices of modules Switchboard lacks)
            List<String> devices = list(a, "DeviceStateList", "DeviceStateListComplete");
            List<String> capturedCustom = capturedList("T01_device_state_changes", "dl").stream()
                    .filter(b -> b.contains("Device: Custom:")).toList();
            assertThat(devices.subList(1, devices.size() - 1)).containsExactlyElementsOf(capturedCustom);
            // the hints were made after the states came back
            assertThat(a.request("Action: ExtensionState", "Exten: eggs", "ActionID: e").header("StatusText"))
                    .isEqualTo("InUse");
            // the hint names its presence provider with '&', not after a ',': it has no presence part of
            // its own (pbx.c parse_hint_presence), so it shows not_set until a presence is published
            assertThat(sb.executeCli("core show hint eggs").output()).isEqualTo(String.format(
                    "%-30.30s: %-60.60s  State:%-15.15s Presence:%-15.15s Watchers %2d\n",
                    "eggs@default", "Custom:eggs&CustomPresence:eggs", "InUse", "not_set", 0)
                    + "1 hint matching extension eggs\n");
        }
    }

    @Test
    void writesSurviveARestart() throws Exception {
        try (Switchboard sb = start(); AmiTestClient a = login(sb, "admin", "admin123")) {
            a.request("Action: Setvar", "Variable: DEVICE_STATE(Custom:lamp)", "Value: RINGING", "ActionID: 1");
            a.request("Action: Setvar", "Variable: PRESENCE_STATE(CustomPresence:lamp)",
                    "Value: dnd,T24gdmFjYXRpb24=,,e", "ActionID: 2");
            assertThat(sb.executeCli("devstate change Custom:desk BUSY").output()).isEqualTo("Changing desk to BUSY\n");
            assertThat(sb.executeCli("presencestate change CustomPresence:desk away,upstairs,lunch").output())
                    .isEqualTo("Changing desk to away\n");
            a.request("Action: Ping", "ActionID: 3");
        }
        Path dbFile = Switchboard.Directories.under(work.resolve("data")).dbDir().resolve(AstDb.FILE_NAME);
        assertThat(Files.exists(dbFile)).isTrue();
        try (Switchboard sb = start(); AmiTestClient a = login(sb, "admin", "admin123")) {
            assertThat(getvar(a, "DEVICE_STATE(Custom:lamp)")).isEqualTo("RINGING");
            assertThat(getvar(a, "DEVICE_STATE(Custom:desk)")).isEqualTo("BUSY");
            assertThat(getvar(a, "PRESENCE_STATE(CustomPresence:lamp,value)")).isEqualTo("dnd");
            assertThat(getvar(a, "PRESENCE_STATE(CustomPresence:lamp,subtype)")).isEqualTo("On vacation");
            assertThat(getvar(a, "PRESENCE_STATE(CustomPresence:desk,message)")).isEqualTo("lunch");
            assertThat(list(a, "DeviceStateList", "DeviceStateListComplete")).contains(
                    "Event: DeviceStateChange\r\nActionID: l\r\nDevice: Custom:lamp\r\nState: RINGING\r\n\r\n",
                    "Event: DeviceStateChange\r\nActionID: l\r\nDevice: Custom:desk\r\nState: BUSY\r\n\r\n");
            assertThat(sb.executeCli("devstate list").output()).isEqualTo("\n"
                    + "---------------------------------------------------------------------\n"
                    + "--- Custom Device States --------------------------------------------\n"
                    + "---------------------------------------------------------------------\n"
                    + "---\n"
                    + "--- Name: 'Custom:desk'  State: 'BUSY'\n---\n"
                    + "--- Name: 'Custom:lamp'  State: 'RINGING'\n---\n"
                    + "---------------------------------------------------------------------\n"
                    + "---------------------------------------------------------------------\n"
                    + "\n");
            assertThat(sb.executeCli("presencestate list").output()).isEqualTo("\n"
                    + "---------------------------------------------------------------------\n"
                    + "--- Custom Presence States ------------------------------------------\n"
                    + "---------------------------------------------------------------------\n"
                    + "---\n"
                    + "--- Name: 'CustomPresence:desk'\n"
                    + "    --- State: 'away'\n"
                    + "    --- Subtype: 'upstairs'\n"
                    + "    --- Message: 'lunch'\n"
                    + "    --- Base64 Encoded: 'No'\n"
                    + "---\n"
                    + "--- Name: 'CustomPresence:lamp'\n"
                    + "    --- State: 'dnd'\n"
                    + "    --- Subtype: 'T24gdmFjYXRpb24='\n"
                    + "    --- Message: ''\n"
                    + "    --- Base64 Encoded: 'Yes'\n"
                    + "---\n"
                    + "---------------------------------------------------------------------\n"
                    + "---------------------------------------------------------------------\n"
                    + "\n");
        }
        assertThat(new String(Files.readAllBytes(dbFile), StandardCharsets.ISO_8859_1)).contains("/CustomDevstate/lamp");
    }

    private static String getvar(AmiTestClient c, String variable) {
        return c.request("Action: Getvar", "Variable: " + variable, "ActionID: g").header("Value");
    }
}
