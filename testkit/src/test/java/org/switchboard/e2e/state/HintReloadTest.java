package org.switchboard.e2e.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.state.Blocks.callEvent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Hints across a reload of pbx_config (pbx.c ast_add_hint, ast_merge_contexts_and_delete): the
 * reload builds every hint anew, so each reports its state once, with the Hint text the dialplan
 * had before the reload; removed hints report nothing and are gone from the lists.
 */
class HintReloadTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", "[general]\nenabled = yes\nbindaddr = 127.0.0.1\n\n[admin]\nsecret = admin123\n"
                    + "read = all\nwrite = all\n",
            "extensions.conf", """
                    [default]
                    exten => 100,hint,Custom:a
                    exten => 200,hint,Custom:b
                    exten => 300,hint,Custom:c
                    """)).virtualClock();

    @Test
    void aReloadReportsEachHintOfTheNewDialplanOnce() throws Exception {
        AmiTestClient a = sb.login("admin", "admin123");
        a.request("Action: Setvar", "Variable: DEVICE_STATE(Custom:b)", "Value: INUSE", "ActionID: s1");
        a.request("Action: Setvar", "Variable: DEVICE_STATE(Custom:d)", "Value: RINGING", "ActionID: s2");
        Files.writeString(sb.configDir().resolve("extensions.conf"), """
                [default]
                exten => 100,hint,Custom:a
                exten => 200,hint,Custom:d
                exten => 400,hint,Custom:b
                """, StandardCharsets.ISO_8859_1);
        int from = Blocks.of(a).size();
        a.request("Action: Reload", "Module: pbx_config", "ActionID: r");
        sb.server().onCore(() -> null);
        a.request("Action: Ping", "ActionID: p");
        assertThat(Blocks.from(a, from, b -> Blocks.isEvent(b, "ExtensionStatus"))).containsExactly(
                callEvent("ExtensionStatus", "Exten: 100", "Context: default", "Hint: Custom:a", "Status: 0",
                        "StatusText: Idle"),
                callEvent("ExtensionStatus", "Exten: 200", "Context: default", "Hint: Custom:b", "Status: 8",
                        "StatusText: Ringing"),
                callEvent("ExtensionStatus", "Exten: 400", "Context: default", "Hint: ", "Status: 1",
                        "StatusText: InUse"));

        int before = Blocks.of(a).size();
        a.request("Action: ExtensionStateList", "ActionID: l");
        a.awaitUntil(() -> Blocks.of(a).stream().anyMatch(b -> b.startsWith("Event: ExtensionStateListComplete")),
                AmiTestClient.DEFAULT_WAIT);
        List<String> list = Blocks.from(a, before, b -> b.startsWith("Event: ExtensionStatus\r\n"));
        // buckets of ast_str_case_hash: 100=24, 200=53, 400=275
        assertThat(list).containsExactly(
                "Event: ExtensionStatus\r\nActionID: l\r\nExten: 100\r\nContext: default\r\nHint: Custom:a\r\n"
                        + "Status: 0\r\nStatusText: Idle\r\n\r\n",
                "Event: ExtensionStatus\r\nActionID: l\r\nExten: 200\r\nContext: default\r\nHint: Custom:d\r\n"
                        + "Status: 8\r\nStatusText: Ringing\r\n\r\n",
                "Event: ExtensionStatus\r\nActionID: l\r\nExten: 400\r\nContext: default\r\nHint: Custom:b\r\n"
                        + "Status: 1\r\nStatusText: InUse\r\n\r\n");

        // 300 is gone: its device no longer reaches a hint
        int after = Blocks.of(a).size();
        a.request("Action: Setvar", "Variable: DEVICE_STATE(Custom:c)", "Value: BUSY", "ActionID: s3");
        sb.server().onCore(() -> null);
        a.request("Action: Ping", "ActionID: p2");
        assertThat(Blocks.from(a, after, b -> Blocks.isEvent(b, "ExtensionStatus"))).isEmpty();
        assertThat(sb.server().executeCli("core show hints").output()).isEqualTo(
                "\n    -= Registered Asterisk Dial Plan Hints =-\n"
                        + hintLine("100@default", "Custom:a", "Idle")
                        + hintLine("200@default", "Custom:d", "Ringing")
                        + hintLine("400@default", "Custom:b", "InUse")
                        + "----------------\n- 3 hints registered\n");
    }

    /** pbx.c handle_show_hints' line format. */
    private static String hintLine(String where, String devices, String state) {
        return String.format("%-30.30s: %-60.60s  State:%-15.15s Presence:%-15.15s Watchers %2d\n", where, devices,
                state, "not_set", 0);
    }
}
