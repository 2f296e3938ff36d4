package org.switchboard.e2e.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.manager.cli.CliOutcome;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** The state CLI commands (func_devstate.c, func_presencestate.c, pbx.c): texts, refusals, events. */
class StateCliTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", "[general]\nenabled = yes\nbindaddr = 127.0.0.1\n\n[admin]\nsecret = admin123\n"
                    + "read = all\nwrite = all\n",
            "extensions.conf", "[default]\nexten => 100,hint,Custom:lamp,CustomPresence:lamp\n")).virtualClock();

    private static boolean stateEvent(String block) {
        return Blocks.isEvent(block, "DeviceStateChange") || Blocks.isEvent(block, "ExtensionStatus")
                || Blocks.isEvent(block, "PresenceStateChange") || Blocks.isEvent(block, "PresenceStatus");
    }

    private CliOutcome cli(String line) {
        return sb.server().executeCli(line);
    }

    @Test
    void devstateChangePublishesAndRefusesWhatAsteriskRefuses() {
        AmiTestClient a = sb.login("admin", "admin123");
        int from = Blocks.of(a).size();
        assertThat(cli("devstate change custom:lamp inuse").output()).isEqualTo("Changing lamp to inuse\n");
        CliOutcome notCustom = cli("devstate change SIP/lamp INUSE");
        assertThat(notCustom.success()).isFalse();
        assertThat(notCustom.output()).isEqualTo("The devstate command can only be used to set 'Custom:' device state!\n"
                + "Command 'devstate change SIP/lamp INUSE' failed.\n");
        assertThat(cli("devstate change Custom:lamp UNKNOWN").output()).startsWith("Usage: devstate change <device> <state>\n");
        assertThat(cli("devstate change Custom:lamp").output()).startsWith("Usage: devstate change");
        assertThat(sb.server().cli().complete("devstate change Custom:lamp RI")).containsExactlyInAnyOrder("RINGINUSE", "RINGING");
        sb.server().onCore(() -> null);
        a.request("Action: Ping", "ActionID: p");
        assertThat(Blocks.from(a, from, StateCliTest::stateEvent)).containsExactly(
                Blocks.deviceState("Custom:lamp", "INUSE"),
                Blocks.callEvent("ExtensionStatus", "Exten: 100", "Context: default",
                        "Hint: Custom:lamp,CustomPresence:lamp", "Status: 1", "StatusText: InUse"));
    }

    @Test
    void presencestateChangePublishesThePartsUndecoded() {
        AmiTestClient a = sb.login("admin", "admin123");
        int from = Blocks.of(a).size();
        assertThat(cli("presencestate change CustomPresence:lamp away,T24=,lunch,e").output())
                .isEqualTo("Changing lamp to away\n");
        assertThat(cli("presencestate change CustomPresence:lamp sleepy").output())
                .startsWith("Usage: presencestate change <entity>");
        CliOutcome wrong = cli("presencestate change Custom:lamp away");
        assertThat(wrong.output()).startsWith(
                "The presencestate command can only be used to set 'CustomPresence:' presence state!\n");
        sb.server().onCore(() -> null);
        a.request("Action: Ping", "ActionID: p");
        assertThat(Blocks.from(a, from, StateCliTest::stateEvent)).containsExactly(
                Blocks.callEvent("PresenceStateChange", "Presentity: CustomPresence:lamp", "Status: away",
                        "Subtype: T24=", "Message: lunch"),
                Blocks.callEvent("PresenceStatus", "Exten: 100", "Context: default",
                        "Hint: Custom:lamp,CustomPresence:lamp", "Status: away", "Subtype: T24=", "Message: lunch"));
        // the stored text still says Base64, so reading decodes
        assertThat(a.request("Action: Getvar", "Variable: PRESENCE_STATE(CustomPresence:lamp,subtype)",
                "ActionID: g").header("Value")).isEqualTo("On");
    }

    @Test
    void hintListings() {
        assertThat(cli("core show hint 9").output()).isEqualTo("No hints matching extension 9\n");
        assertThat(cli("core show hint").output()).startsWith("Usage: core show hint <exten>\n");
        assertThat(cli("core show hints").output()).isEqualTo("\n    -= Registered Asterisk Dial Plan Hints =-\n"
                + String.format("%-30.30s: %-60.60s  State:%-15.15s Presence:%-15.15s Watchers %2d\n", "100@default",
                        "Custom:lamp,CustomPresence:lamp", "Idle", "not_set", 0)
                + "----------------\n- 1 hints registered\n");
        assertThat(cli("presencestate list").output()).endsWith("---\nNo custom presence states defined\n");
    }
}
