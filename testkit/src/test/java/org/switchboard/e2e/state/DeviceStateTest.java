package org.switchboard.e2e.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.state.Blocks.deviceState;
import static org.switchboard.e2e.state.Blocks.response;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Custom device states set with DEVICE_STATE() over Setvar, DeviceStateChange and DeviceStateList
 * (capture T01; devicestate.c, func_devstate.c). Switchboard's order is the causal one: each
 * Setvar's reply, then the event its change caused (the capture shows the same blocks, with the
 * events racing the replies).
 */
class DeviceStateTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Blocks.CAPTURES.resolve("etc")).virtualClock();

    private static String setvar(AmiTestClient c, String device, String value, String id) {
        return c.request("Action: SetVar", "Variable: DEVICE_STATE(" + device + ")", "Value: " + value,
                "ActionID: " + id).header("Message");
    }

    /** What the captured server already held when T01 began (earlier captures set these). */
    private void seedT01() {
        AmiTestClient setup = sb.login("admin", "admin123");
        setvar(setup, "Custom:eggs", "INUSE", "_seed-1");
        setvar(setup, "Custom:ham", "INVALID", "_seed-2");
        setvar(setup, "Custom:green_eggs_and_ham", "NOT_INUSE", "_seed-3");
        // T01's own setup connection
        setvar(setup, "Custom:Eggs", "ONHOLD", "_setup-2");
        setvar(setup, "Custom:Ham", "ONHOLD", "_setup-3");
        sb.server().onCore(() -> null);
    }

    @Test
    void setvarSequencePublishesEveryChangeAsCaptureT01Shows() {
        seedT01();
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = Blocks.of(a).size();
        String[][] steps = {
                {"Custom:Eggs", "NOT_INUSE", "s0"}, {"Custom:Eggs", "INUSE", "s1"}, {"Custom:Eggs", "BUSY", "s2"},
                {"Custom:Eggs", "INVALID", "s3"}, {"Custom:Eggs", "UNAVAILABLE", "s4"},
                {"Custom:Eggs", "RINGING", "s5"}, {"Custom:Eggs", "RINGINUSE", "s6"},
                {"Custom:Ham", "INVALID", "h1"}, {"Custom:Eggs", "INUSE", "h2"},
        };
        for (String[] s : steps) {
            assertThat(setvar(a, s[0], s[1], s[2])).isEqualTo("Variable Set");
        }
        sb.server().onCore(() -> null);
        a.awaitUntil(() -> Blocks.of(a).size() >= from + 18, AmiTestClient.DEFAULT_WAIT);

        List<String> ours = Blocks.from(a, from, b -> true);
        List<String> expected = new java.util.ArrayList<>();
        for (String[] s : steps) {
            expected.add(response("Success", s[2], "Message: Variable Set"));
            expected.add(deviceState(s[0], s[1]));
        }
        assertThat(ours).containsExactlyElementsOf(expected);
        // the very blocks the real Asterisk sent, whatever their interleaving there
        List<String> captured = Blocks.captured("T01_device_state_changes", "a");
        assertThat(ours).containsExactlyInAnyOrderElementsOf(captured.subList(2, 2 + ours.size()));
    }

    @Test
    void deviceStateListListsTheCachedDevicesInAsterisksOrder() {
        seedT01();
        AmiTestClient a = sb.login("user", "mysecret");
        setvar(a, "Custom:Ham", "INVALID", "h1");
        setvar(a, "Custom:Eggs", "INUSE", "h2");
        int from = Blocks.of(a).size();
        a.request("Action: DeviceStateList", "ActionID: dl");
        a.awaitUntil(() -> Blocks.of(a).stream().anyMatch(b -> b.startsWith("Event: DeviceStateListComplete")),
                AmiTestClient.DEFAULT_WAIT);
        List<String> list = Blocks.from(a, from, b -> b.contains("ActionID: dl\r\n"));

        // the capture lists 46 devices of queues, parking lots, ...: its Custom ones are ours, in order
        List<String> captured = Blocks.captured("T01_device_state_changes", "a").stream()
                .filter(b -> b.contains("ActionID: dl\r\n")).toList();
        List<String> capturedCustom = captured.stream()
                .filter(b -> !b.startsWith("Event: DeviceStateChange") || b.contains("Device: Custom:")).toList();
        assertThat(list.get(0)).isEqualTo(captured.get(0));
        assertThat(list.subList(1, list.size() - 1))
                .containsExactlyElementsOf(capturedCustom.subList(1, capturedCustom.size() - 1));
        assertThat(list.get(list.size() - 1)).isEqualTo(
                "Event: DeviceStateListComplete\r\nActionID: dl\r\nEventList: Complete\r\nListItems: 5\r\n\r\n");

        a.request("Action: Getvar", "Variable: DEVICE_STATE(Custom:Eggs)", "ActionID: g1");
        assertThat(Blocks.of(a).get(Blocks.of(a).size() - 1))
                .isEqualTo(Blocks.captured("T01_device_state_changes", "a").get(
                        Blocks.captured("T01_device_state_changes", "a").size() - 1));
    }

    @Test
    void aCacheableDeviceIsPublishedOnlyWhenItsStateChanges() {
        AmiTestClient a = sb.login("admin", "admin123");
        setvar(a, "Custom:lamp", "BUSY", "1");
        setvar(a, "Custom:lamp", "BUSY", "2");
        setvar(a, "custom:lamp", "busy", "3");
        setvar(a, "Custom:Lamp", "BUSY", "4");
        sb.server().onCore(() -> null);
        a.request("Action: Ping", "ActionID: p");
        List<String> events = Blocks.from(a, 0, b -> Blocks.isEvent(b, "DeviceStateChange"));
        // the prefix is written as Custom:, the name keeps its case (a different device)
        assertThat(events).containsExactly(deviceState("Custom:lamp", "BUSY"), deviceState("Custom:Lamp", "BUSY"));
    }

    @Test
    void invalidWritesAreRefused() {
        AmiTestClient a = sb.login("admin", "admin123");
        assertThat(setvar(a, "Custom:lamp", "UNKNOWN", "1")).isEqualTo("Variable not set");
        assertThat(setvar(a, "Custom:lamp", "sideways", "2")).isEqualTo("Variable not set");
        assertThat(setvar(a, "Custom:", "INUSE", "3")).isEqualTo("Variable not set");
        assertThat(setvar(a, "Local/100@default", "INUSE", "4")).isEqualTo("Variable not set");
        assertThat(a.request("Action: Getvar", "Variable: DEVICE_STATE(Custom:lamp)", "ActionID: g").header("Value"))
                .isEqualTo("UNKNOWN");
        assertThat(a.request("Action: Getvar", "Variable: DEVICE_STATE(Nosuch/x)", "ActionID: g2").header("Value"))
                .isEqualTo("INVALID");
        assertThat(a.request("Action: Getvar", "Variable: DEVICE_STATE(Local/echo@default)", "ActionID: g3")
                .header("Value")).isEqualTo("NOT_INUSE");
    }
}
