package org.switchboard.e2e.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.state.Blocks.callEvent;
import static org.switchboard.e2e.state.Blocks.deviceState;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * ExtensionState and PresenceState (capture T05; manager.c action_extensionstate,
 * action_presencestate), ExtensionStatus on hint changes, pattern hints made on demand and
 * ExtensionStateList (pbx.c), with the captured dialplan's hints.
 */
class ExtensionStateTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Blocks.CAPTURES.resolve("etc")).virtualClock();

    private static void setvar(AmiTestClient c, String variable, String value, String id) {
        assertThat(c.request("Action: Setvar", "Variable: " + variable, "Value: " + value, "ActionID: " + id)
                .header("Message")).isEqualTo("Variable Set");
    }

    @Test
    void actionsAnswerAsCaptureT05() {
        AmiTestClient setup = sb.login("admin", "admin123");
        setvar(setup, "DEVICE_STATE(Custom:eggs)", "INUSE", "_setup-2");
        setvar(setup, "PRESENCE_STATE(CustomPresence:eggs)", "away,green,breakfast", "_setup-3");
        sb.server().onCore(() -> null);

        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        a.request("Action: ExtensionState", "Exten: eggs", "Context: default", "ActionID: es");
        a.request("Action: ExtensionState", "Exten: eggs", "ActionID: es2");
        a.request("Action: ExtensionState", "Context: default", "ActionID: es3");
        a.request("Action: ExtensionState", "Exten: s", "Context: default", "ActionID: es4");
        a.request("Action: PresenceState", "Provider: CustomPresence:eggs", "ActionID: ps");
        a.request("Action: PresenceState", "ActionID: ps2");
        a.request("Action: PresenceState", "Provider: Bogus:x", "ActionID: ps3");
        a.request("Action: PresenceState", "Provider: CustomPresence:neverset", "ActionID: ps4");

        List<String> ours = Blocks.of(a);
        List<String> captured = Blocks.captured("T05_extension_presence_state", "a");
        assertThat(ours.subList(2, ours.size())).containsExactlyElementsOf(captured.subList(2, captured.size()));
    }

    @Test
    void aHintReportsWhenItsDevicesChangeItsState() {
        AmiTestClient a = sb.login("admin", "admin123");
        settle(a);
        int from = Blocks.of(a).size();
        setvar(a, "DEVICE_STATE(Custom:eggs)", "RINGING", "1");
        setvar(a, "DEVICE_STATE(Custom:EGGS)", "BUSY", "2");     // another device, same hint: state unchanged
        setvar(a, "DEVICE_STATE(Custom:eggs)", "ONHOLD", "3");
        setvar(a, "DEVICE_STATE(Custom:eggs)", "INVALID", "4");
        setvar(a, "DEVICE_STATE(Custom:eggs)", "UNAVAILABLE", "5");   // Unavailable again: no report
        sb.server().onCore(() -> null);
        a.request("Action: Ping", "ActionID: p");
        String hint = "Hint: Custom:eggs&CustomPresence:eggs";
        assertThat(Blocks.from(a, from, b -> !Blocks.isResponse(b))).containsExactly(
                deviceState("Custom:eggs", "RINGING"),
                callEvent("ExtensionStatus", "Exten: eggs", "Context: default", hint, "Status: 8",
                        "StatusText: Ringing"),
                deviceState("Custom:EGGS", "BUSY"),
                deviceState("Custom:eggs", "ONHOLD"),
                callEvent("ExtensionStatus", "Exten: eggs", "Context: default", hint, "Status: 16",
                        "StatusText: Hold"),
                deviceState("Custom:eggs", "INVALID"),
                callEvent("ExtensionStatus", "Exten: eggs", "Context: default", hint, "Status: 4",
                        "StatusText: Unavailable"),
                deviceState("Custom:eggs", "UNAVAILABLE"));
    }

    @Test
    void aPatternHintBecomesTheExtensionsOwnWhenItsStateIsAsked() {
        AmiTestClient a = sb.login("admin", "admin123");
        setvar(a, "DEVICE_STATE(Custom:green_eggs_and_ham)", "INUSE", "1");
        settle(a);
        int from = Blocks.of(a).size();
        assertThat(a.request("Action: ExtensionState", "Exten: 1234", "ActionID: e1").header("StatusText"))
                .isEqualTo("InUse");
        // ast_add_hint reported the new 1234 hint's initial state; the session's own reply goes first
        sb.server().onCore(() -> null);
        a.awaitUntil(() -> Blocks.of(a).size() >= from + 2, AmiTestClient.DEFAULT_WAIT);
        assertThat(Blocks.from(a, from, b -> true)).containsExactly(
                Blocks.response("Success", "e1", "Message: Extension Status", "Exten: 1234", "Context: default",
                        "Hint: Custom:green_eggs_and_ham", "Status: 1", "StatusText: InUse"),
                callEvent("ExtensionStatus", "Exten: 1234", "Context: default", "Hint: Custom:green_eggs_and_ham",
                        "Status: 1", "StatusText: InUse"));
        // the dialplan now has a hint of its own for 1234 (ast_add_extension in the pattern's context)
        assertThat(sb.server().onCore(() -> sb.server().pbx().dialplan().hint("default", "1234",
                sb.clock().now()).matchName())).isEqualTo("1234");

        setvar(a, "DEVICE_STATE(Custom:green_eggs_and_ham)", "NOT_INUSE", "2");
        sb.server().onCore(() -> null);
        a.request("Action: Ping", "ActionID: p");
        assertThat(Blocks.from(a, from, b -> Blocks.isEvent(b, "ExtensionStatus"))).last().isEqualTo(
                callEvent("ExtensionStatus", "Exten: 1234", "Context: default", "Hint: Custom:green_eggs_and_ham",
                        "Status: 0", "StatusText: Idle"));

        // the list leaves the pattern out and shows the hint made for 1234
        int before = Blocks.of(a).size();
        a.request("Action: ExtensionStateList", "ActionID: l");
        a.awaitUntil(() -> Blocks.of(a).stream().anyMatch(b -> b.startsWith("Event: ExtensionStateListComplete")),
                AmiTestClient.DEFAULT_WAIT);
        List<String> list = Blocks.from(a, before, b -> b.contains("ActionID: l\r\n"));
        assertThat(list).hasSize(5);
        assertThat(list.get(0)).isEqualTo("Response: Success\r\nActionID: l\r\nEventList: start\r\n"
                + "Message: Extension Statuses will follow\r\n\r\n");
        assertThat(list.subList(1, 4)).containsExactlyInAnyOrder(
                "Event: ExtensionStatus\r\nActionID: l\r\nExten: eggs\r\nContext: default\r\n"
                        + "Hint: Custom:eggs&CustomPresence:eggs\r\nStatus: 0\r\nStatusText: Idle\r\n\r\n",
                "Event: ExtensionStatus\r\nActionID: l\r\nExten: ham\r\nContext: default\r\n"
                        + "Hint: Custom:ham&CustomPresence:ham\r\nStatus: 0\r\nStatusText: Idle\r\n\r\n",
                "Event: ExtensionStatus\r\nActionID: l\r\nExten: 1234\r\nContext: default\r\n"
                        + "Hint: Custom:green_eggs_and_ham\r\nStatus: 0\r\nStatusText: Idle\r\n\r\n");
        assertThat(list.get(4)).isEqualTo("Event: ExtensionStateListComplete\r\nActionID: l\r\n"
                + "EventList: Complete\r\nListItems: 3\r\n\r\n");
    }

    @Test
    void stateFunctionsReadHintsAndExtensionStates() {
        AmiTestClient a = sb.login("admin", "admin123");
        setvar(a, "DEVICE_STATE(Custom:ham)", "RINGINUSE", "1");
        assertThat(getvar(a, "HINT(ham)")).isEqualTo("Custom:ham&CustomPresence:ham");
        assertThat(getvar(a, "HINT(ham@default)")).isEqualTo("Custom:ham&CustomPresence:ham");
        assertThat(getvar(a, "HINT(5555)")).isEqualTo("Custom:green_eggs_and_ham");
        assertThat(getvar(a, "HINT(nohint)")).isEmpty();
        assertThat(getvar(a, "EXTENSION_STATE(ham)")).isEqualTo("RINGINUSE");
        assertThat(getvar(a, "EXTENSION_STATE(ham@default)")).isEqualTo("RINGINUSE");
        assertThat(getvar(a, "EXTENSION_STATE(s@default)")).isEqualTo("UNKNOWN");
        assertThat(getvar(a, "EXTENSION_STATE(eggs@nosuchcontext)")).isEqualTo("UNKNOWN");
        assertThat(getvar(a, "DEVICE_STATE(Custom:ham)")).isEqualTo("RINGINUSE");
    }

    private static String getvar(AmiTestClient c, String variable) {
        return c.request("Action: Getvar", "Variable: " + variable, "ActionID: g").header("Value");
    }

    /** Lets what the server is still doing reach the session (events trail the reply that caused them). */
    private void settle(AmiTestClient a) {
        sb.server().quiesce();
        a.request("Action: Ping", "ActionID: settle");
    }
}
