package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.testkit.AmiAssertions.assertLines;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** CoreSettings, CoreStatus, Command, ListCommands, LoggerRotate, Reload (spec 01 §9.1-§9.2). */
class SystemActionsTest {
    @RegisterExtension
    static SwitchboardExtension sb = CaptureConfig.server();

    @Test
    void coreSettingsInAsterisksOrder(AmiTestClient c) {
        c.login("admin", "admin123");
        assertLines(c.request("Action: CoreSettings", "ActionID: cs"),
                "Response: Success",
                "ActionID: cs",
                "AMIversion: 11.0.0",
                "AsteriskVersion: 22.10.1",
                "SystemName: ",
                "CoreMaxCalls: 0",
                "CoreMaxLoadAvg: 0.000000",
                "CoreRunUser: ",
                "CoreRunGroup: ",
                "CoreMaxFilehandles: 0",
                "CoreRealTimeEnabled: No",
                "CoreCDRenabled: Yes",
                // manager.conf of the captures has enabled and webenabled
                "CoreHTTPenabled: Yes",
                "SoundsSearchCustomDir: No");
    }

    @Test
    void coreStatusDatesAreLocal(AmiTestClient c) {
        c.login("admin", "admin123");
        AmiMessage r = c.request("Action: CoreStatus", "ActionID: st");
        assertThat(r.headers().lines()).extracting(l -> l.substring(0, l.indexOf(':'))).containsExactly(
                "Response", "ActionID", "CoreStartupDate", "CoreStartupTime", "CoreReloadDate", "CoreReloadTime",
                "CoreCurrentCalls", "CoreProcessedCalls");
        assertThat(r.header("CoreStartupDate")).isEqualTo(LocalDate.now(ZoneId.systemDefault()).toString());
        assertThat(r.header("CoreStartupTime")).matches("\\d\\d:\\d\\d:\\d\\d");
        assertThat(r.header("CoreCurrentCalls")).isEqualTo("0");
    }

    @Test
    void aVeryLongActionIdIsCutAsAsteriskCutsIt(AmiTestClient c) {
        c.login("admin", "admin123");
        String id = "x".repeat(200);
        c.send("Action: CoreSettings", "ActionID: " + id);
        // snprintf into 150 bytes: "ActionID: " + 139 x's, and the line end is lost
        assertThat(c.awaitMessage(0, m -> m.headers().lines().stream().anyMatch(l -> l.startsWith("ActionID: xxx")),
                java.time.Duration.ofSeconds(5)).headers().lines())
                .contains("ActionID: " + "x".repeat(139) + "AMIversion: 11.0.0");
    }

    @Test
    void commandOutputComesAsOutputLines(AmiTestClient c) {
        c.login("admin", "admin123");
        AmiMessage r = c.request("Action: Command", "Command: core show version", "ActionID: v");
        assertThat(r.headers().lines()).hasSize(4);
        assertThat(r.headers().line(0)).isEqualTo("Response: Success");
        assertThat(r.headers().line(2)).isEqualTo("Message: Command output follows");
        assertThat(r.header("Output")).startsWith("Asterisk 22.10.1 built by ");
    }

    @Test
    void anUnknownCommandIsAnErrorWithAsterisksText(AmiTestClient c) {
        c.login("admin", "admin123");
        AmiMessage r = c.request("Action: Command", "Command: frobnicate the thing", "ActionID: u");
        assertThat(r.header("Response")).isEqualTo("Error");
        assertThat(r.header("Output")).startsWith("No such command 'frobnicate the thing' (type 'core show help");
    }

    @Test
    void commandNeedsACommandAndRefusesTheBlacklist(AmiTestClient c) {
        c.login("admin", "admin123");
        assertThat(c.request("Action: Command", "ActionID: a").header("Message")).isEqualTo("No provided command".replace("No provided command", "No command provided"));
        assertThat(c.request("Action: Command", "Command:   MODULE   load   foo.so", "ActionID: b").header("Message"))
                .isEqualTo("Command blacklisted");
        assertThat(c.request("Action: Command", "Command: restart gracefully", "ActionID: c").header("Message"))
                .isEqualTo("Command blacklisted");
    }

    @Test
    void listCommandsShowsOnlyWhatTheSessionMayRun(AmiTestClient c) {
        c.login("calls", "callspw");
        AmiMessage r = c.request("Action: ListCommands", "ActionID: l");
        List<String> lines = r.headers().lines();
        assertThat(lines).contains("Ping: Keepalive command.  (Priv: <none>)",
                "Login: Login Manager.  (Priv: <none>)",
                "WaitEvent: Wait for an event to occur.  (Priv: <none>)");
        assertThat(lines).noneMatch(l -> l.startsWith("UserEvent:") || l.startsWith("Command:")
                || l.startsWith("CoreSettings:"));
        List<String> names = lines.subList(2, lines.size()).stream().map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void listCommandsForAFullUserIncludesTheClasses(AmiTestClient c) {
        c.login("admin", "admin123");
        List<String> lines = c.request("Action: ListCommands", "ActionID: l").headers().lines();
        assertThat(lines).contains("CoreSettings: Show PBX core settings (version etc).  (Priv: system,reporting,all)",
                "UserEvent: Send an arbitrary event.  (Priv: user,all)",
                "Command: Execute Asterisk CLI Command.  (Priv: command,all)",
                "Reload: Send a reload event.  (Priv: system,config,all)");
    }

    @Test
    void writePermissionNeedsAnyOneClass(AmiTestClient c) {
        // sysonly: write = system; CoreSettings needs system or reporting
        c.login("sysonly", "syspw");
        assertThat(c.request("Action: CoreSettings", "ActionID: 1").header("Response")).isEqualTo("Success");
        assertThat(c.request("Action: UserEvent", "UserEvent: x", "ActionID: 2").header("Message"))
                .isEqualTo("Permission denied");
    }

    @Test
    void loggerRotate(AmiTestClient c) {
        c.login("admin", "admin123");
        assertThat(c.request("Action: LoggerRotate", "ActionID: r").header("Message"))
                .isEqualTo("Reloaded the logger and rotated log files");
    }

    @Test
    void reloadOfAnUnknownModule(AmiTestClient c) {
        c.login("admin", "admin123");
        assertThat(c.request("Action: Reload", "Module: nosuch.so", "ActionID: r").headers().lines())
                .containsExactly("Response: Error", "ActionID: r", "Message: No such module");
    }

    @Test
    void reloadOfTheManagerAnnouncesItself(AmiTestClient c) {
        c.login("admin", "admin123");
        int before = c.messageCount();
        assertThat(c.request("Action: Reload", "Module: manager", "ActionID: r").header("Message"))
                .isEqualTo("Module Reloaded");
        AmiMessage event = c.awaitMessage(before, m -> "Reload".equals(m.header("Event")), java.time.Duration.ofSeconds(5));
        assertThat(event.headers().lines()).containsExactly("Event: Reload", "Privilege: system,all",
                "Module: manager", "Status: 0");
    }

    @Test
    void missingAndUnknownActions(AmiTestClient c) {
        c.login("admin", "admin123");
        assertThat(c.request("Action: NoSuchThing", "ActionID: 1").header("Message"))
                .isEqualTo("Invalid/unknown command: NoSuchThing. Use Action: ListCommands to show available commands.");
        assertThat(c.request("ActionID: 2", "Foo: bar").header("Message")).isEqualTo("Missing action in request");
        // trailing blanks are part of the action name
        assertThat(c.request("Action: Ping ", "ActionID: 3").header("Message"))
                .isEqualTo("Invalid/unknown command: Ping . Use Action: ListCommands to show available commands.");
        // there is no FilterList in Asterisk 22
        assertThat(c.request("Action: FilterList", "ActionID: 4").header("Message")).startsWith("Invalid/unknown command");
    }

    /** manager.c process_message formats the unknown-action text into a 512-byte buffer. */
    @Test
    void aVeryLongUnknownActionIsCutTo511Characters(AmiTestClient c) {
        c.login("admin", "admin123");
        String longest = "N".repeat(511 - 25 - 54);
        assertThat(c.request("Action: " + longest, "ActionID: 1").header("Message"))
                .isEqualTo("Invalid/unknown command: " + longest + ". Use Action: ListCommands to show available commands.");
        String name = "X".repeat(600);
        String message = c.request("Action: " + name, "ActionID: 2").header("Message");
        assertThat(message).hasSize(511).isEqualTo("Invalid/unknown command: " + "X".repeat(511 - 25));
    }
}
