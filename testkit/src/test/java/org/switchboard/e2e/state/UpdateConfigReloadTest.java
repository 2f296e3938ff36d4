package org.switchboard.e2e.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.state.Blocks.callEvent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.e2e.VirtualTimers;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Issue 4's "must show": one AMI session edits manager.conf and extensions.conf with UpdateConfig,
 * reloads, and the server behaves as the new files say: a manager user's new secret works, a new
 * extension is reached by Originate, a changed hint follows its new device (spec 01 §9.3; pbx.c
 * ast_merge_contexts_and_delete). The files differ from before only in the edited lines and the
 * header Asterisk's writer puts on a file it saves.
 */
class UpdateConfigReloadTest {
    static final String MANAGER_CONF = """
            [general]
            enabled = yes
            bindaddr = 127.0.0.1

            [admin]
            secret = admin123
            read = all
            write = all

            ; the operators' account
            [ops]
            secret = opspw
            read = call
            write = call
            """;

    /** Written as Asterisk's writer writes lines (no indentation), so that a rewrite keeps them. */
    static final String EXTENSIONS_CONF = """
            [general]
            static = yes
            writeprotect = no

            [default]
            ; the lamp on the desk
            exten => 100,hint,Custom:a
            exten => 100,1,Answer()
            same => n,Echo()

            exten => 200,1,Answer()
            same => n,Echo()
            """;

    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "asterisk.conf", "[options]\nlive_dangerously = no\n",
            "manager.conf", MANAGER_CONF,
            "extensions.conf", EXTENSIONS_CONF)).virtualClock();

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    }

    private String login(String user, String secret) {
        return sb.connect().login(user, secret).header("Message");
    }

    /** A refused login is answered after manager.c's one-second delay, a timer on the virtual clock. */
    private String refusedLogin(String user, String secret) {
        AmiTestClient client = sb.connect();
        int timers = VirtualTimers.pending(sb);
        client.send("Action: Login", "Username: " + user, "Secret: " + secret, "ActionID: refused");
        VirtualTimers.awaitPending(sb, timers + 1);
        sb.clock().advance(Duration.ofSeconds(1)).join();
        return client.awaitMessage(0, m -> "refused".equals(m.actionId()), AmiTestClient.DEFAULT_WAIT)
                .header("Message");
    }

    @Test
    void anUpdateConfigSessionChangesTheManagerAndTheLiveDialplan() throws Exception {
        Path managerConf = sb.configDir().resolve("manager.conf");
        Path extensionsConf = sb.configDir().resolve("extensions.conf");
        List<String> managerBefore = lines(managerConf);
        List<String> extensionsBefore = lines(extensionsConf);

        AmiTestClient c = sb.login("admin", "admin123");
        c.request("Action: Setvar", "Variable: DEVICE_STATE(Custom:a)", "Value: INUSE", "ActionID: s1");
        c.request("Action: Setvar", "Variable: DEVICE_STATE(Custom:b)", "Value: BUSY", "ActionID: s2");
        assertThat(login("ops", "opspw")).isEqualTo("Authentication accepted");
        assertThat(c.request("Action: Originate", "Channel: Local/300@default", "Application: Echo",
                "ActionID: o1").header("Message")).isEqualTo("Originate failed");

        // manager.conf: the operators get a new secret; nothing changes until a reload
        AmiMessage m = c.request("Action: UpdateConfig", "SrcFilename: manager.conf", "DstFilename: manager.conf",
                "Action-000000: Update", "Cat-000000: ops", "Var-000000: secret", "Value-000000: n3wpw",
                "ActionID: u1");
        assertThat(m.header("Response")).isEqualTo("Success");
        assertThat(refusedLogin("ops", "n3wpw")).isEqualTo("Authentication failed");

        // extensions.conf: extension 300 is added, the hint of 100 moves to Custom:b; then reload all
        int from = Blocks.of(c).size();
        m = c.request("Action: UpdateConfig", "SrcFilename: extensions.conf", "DstFilename: extensions.conf",
                "Reload: yes",
                "Action-000000: Update", "Cat-000000: default", "Var-000000: exten",
                "Match-000000: 100,hint,Custom:a", "Value-000000: >100,hint,Custom:b",
                "Action-000001: Append", "Cat-000001: default", "Var-000001: exten",
                "Value-000001: >300,1,UserEvent(Reached300,From: ${CHANNEL})",
                "Action-000002: Append", "Cat-000002: default", "Var-000002: exten", "Value-000002: >300,n,Echo()",
                "ActionID: u2");
        assertThat(m.header("Response")).isEqualTo("Success");
        // Reload: yes reloads every module (one Reload event for all of them)
        c.awaitMessage(0, e -> e.header("Event").equals("Reload") && e.header("Module").equals("All"),
                AmiTestClient.DEFAULT_WAIT);
        sb.server().onCore(() -> null);
        c.request("Action: Ping", "ActionID: p1");
        // the reload made 100's hint anew: it reports Custom:b's state under the hint text the old
        // dialplan still gave while the new one was being built
        assertThat(Blocks.from(c, from, b -> Blocks.isEvent(b, "ExtensionStatus"))).containsExactly(
                callEvent("ExtensionStatus", "Exten: 100", "Context: default", "Hint: Custom:a", "Status: 2",
                        "StatusText: Busy"));

        // the changed behaviour
        assertThat(login("ops", "n3wpw")).isEqualTo("Authentication accepted");
        assertThat(refusedLogin("ops", "opspw")).isEqualTo("Authentication failed");
        int before = c.messageCount();
        assertThat(c.request("Action: Originate", "Channel: Local/300@default", "Application: Echo", "Async: true",
                "ActionID: o2").header("Message")).isEqualTo("Originate successfully queued");
        AmiMessage reached = c.awaitMessage(before, e -> e.header("UserEvent").equals("Reached300"),
                AmiTestClient.DEFAULT_WAIT);
        assertThat(reached.header("Channel")).matches("Local/300@default-[0-9a-f]{8};2");
        AmiMessage state = c.request("Action: ExtensionState", "Exten: 100", "ActionID: e1");
        assertThat(state.header("Hint")).isEqualTo("Custom:b");
        assertThat(state.header("StatusText")).isEqualTo("Busy");
        c.request("Action: Setvar", "Variable: DEVICE_STATE(Custom:a)", "Value: NOT_INUSE", "ActionID: s3");
        c.request("Action: Setvar", "Variable: DEVICE_STATE(Custom:b)", "Value: NOT_INUSE", "ActionID: s4");
        sb.server().onCore(() -> null);
        c.request("Action: Ping", "ActionID: p2");
        assertThat(Blocks.from(c, from, b -> Blocks.isEvent(b, "ExtensionStatus"))).last().isEqualTo(
                callEvent("ExtensionStatus", "Exten: 100", "Context: default", "Hint: Custom:b", "Status: 0",
                        "StatusText: Idle"));

        // the files: Asterisk's generated-file header, then only the edited lines differ
        List<String> managerDiff = LineDiff.of(managerBefore, lines(managerConf));
        assertThat(managerDiff.subList(0, 6)).allMatch(l -> l.startsWith("+;!"));
        assertThat(managerDiff.subList(6, managerDiff.size())).containsExactly("-secret = opspw", "+secret = n3wpw");
        List<String> extensionsDiff = LineDiff.of(extensionsBefore, lines(extensionsConf));
        assertThat(extensionsDiff.subList(0, 6)).allMatch(l -> l.startsWith("+;!"));
        assertThat(extensionsDiff.subList(6, extensionsDiff.size())).containsExactly(
                "-exten => 100,hint,Custom:a", "+exten => 100,hint,Custom:b",
                "+exten => 300,1,UserEvent(Reached300,From: ${CHANNEL})", "+exten => 300,n,Echo()");
    }
}
