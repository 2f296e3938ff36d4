package org.switchboard.e2e.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.state.Blocks.callEvent;
import static org.switchboard.e2e.state.Blocks.response;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * PRESENCE_STATE() over Setvar, PresenceStateChange, the PresenceStatus of the hints that name the
 * provider, and PresenceStateList (capture T02; presencestate.c, func_presencestate.c, pbx.c).
 * Switchboard's order is the causal one: the reply, the PresenceStateChange, then the hint's
 * PresenceStatus (the capture shows the same blocks, interleaved as its threads raced).
 */
class PresenceStateTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Blocks.CAPTURES.resolve("etc")).virtualClock();

    private static String setvar(AmiTestClient c, String provider, String value, String id) {
        return c.request("Action: SetVar", "Variable: PRESENCE_STATE(" + provider + ")", "Value: " + value,
                "ActionID: " + id).header("Message");
    }

    /** What the captured server held when T02 began, then T02's own setup connection. */
    private void seedT02() {
        AmiTestClient setup = sb.login("admin", "admin123");
        setvar(setup, "CustomPresence:eggs", "away,green,breakfast", "_seed-1");
        setvar(setup, "CustomPresence:ham", "available,virginia,breakfast", "_seed-2");
        setvar(setup, "CustomPresence:Stuff", "away,it's,say \"hi\"?", "_seed-3");
        setvar(setup, "CustomPresence:accx02", "away,x'y,a<b>&\"c\"", "_seed-4");
        setvar(setup, "CustomPresence:Eggs", "not_set,,", "_setup-2");
        setvar(setup, "CustomPresence:Ham", "not_set,,", "_setup-3");
        sb.server().onCore(() -> null);
    }

    private static String presenceChange(String provider, String status, String subtype, String message) {
        return callEvent("PresenceStateChange", "Presentity: " + provider, "Status: " + status,
                "Subtype: " + subtype, "Message: " + message);
    }

    private static String presenceStatus(String exten, String status, String subtype, String message) {
        return callEvent("PresenceStatus", "Exten: " + exten, "Context: default",
                "Hint: Custom:" + exten + "&CustomPresence:" + exten, "Status: " + status, "Subtype: " + subtype,
                "Message: " + message);
    }

    @Test
    void everyWriteIsPublishedAndHintsFollowAsCaptureT02Shows() {
        seedT02();
        AmiTestClient a = sb.login("user", "mysecret");
        a.awaitEvent("FullyBooted");
        int from = Blocks.of(a).size();
        String[][] steps = {
                {"Eggs", "unavailable", "scrambled", "breakfast", "p0"}, {"Eggs", "available", "fried", "brunch", "p1"},
                {"Eggs", "away", "poached", "lunch", "p2"}, {"Eggs", "xa", "meringue", "snack", "p3"},
                {"Eggs", "chat", "custard", "dinner", "p4"}, {"Eggs", "dnd", "souffle", "dessert", "p5"},
                {"Eggs", "away", "green", "breakfast", "l1"}, {"Ham", "available", "virginia", "breakfast", "l2"},
        };
        List<String> expected = new ArrayList<>();
        for (String[] s : steps) {
            assertThat(setvar(a, "CustomPresence:" + s[0], s[1] + "," + s[2] + "," + s[3], s[4]))
                    .isEqualTo("Variable Set");
            expected.add(response("Success", s[4], "Message: Variable Set"));
            expected.add(presenceChange("CustomPresence:" + s[0], s[1], s[2], s[3]));
            // the hint names CustomPresence:eggs; providers match hints ignoring case
            expected.add(presenceStatus(s[0].toLowerCase(), s[1], s[2], s[3]));
        }
        sb.server().onCore(() -> null);
        a.awaitUntil(() -> Blocks.of(a).size() >= from + expected.size(), AmiTestClient.DEFAULT_WAIT);
        List<String> ours = Blocks.from(a, from, b -> true);
        assertThat(ours).containsExactlyElementsOf(expected);
        List<String> captured = Blocks.captured("T02_presence_state_changes", "a");
        assertThat(ours).containsExactlyInAnyOrderElementsOf(captured.subList(2, 2 + ours.size()));
    }

    @Test
    void presenceStateListIsCapturedT02ByteForByte() {
        seedT02();
        AmiTestClient a = sb.login("user", "mysecret");
        setvar(a, "CustomPresence:Eggs", "away,green,breakfast", "l1");
        setvar(a, "CustomPresence:Ham", "available,virginia,breakfast", "l2");
        int from = Blocks.of(a).size();
        a.request("Action: PresenceStateList", "ActionID: pl");
        a.awaitUntil(() -> Blocks.of(a).stream().anyMatch(b -> b.startsWith("Event: PresenceStateListComplete")),
                AmiTestClient.DEFAULT_WAIT);
        List<String> ours = Blocks.from(a, from, b -> b.contains("ActionID: pl\r\n"));
        List<String> captured = Blocks.captured("T02_presence_state_changes", "a").stream()
                .filter(b -> b.contains("ActionID: pl\r\n")).toList();
        assertThat(ours).containsExactlyElementsOf(captured);
    }

    @Test
    void setupWithNotSetAsksTheProviderAndTellsTheHint() {
        AmiTestClient admin = sb.login("admin", "admin123");
        setvar(admin, "CustomPresence:eggs", "away,green,breakfast", "1");
        // the first change's events may still be on their way after its reply
        sb.server().quiesce();
        admin.request("Action: Ping", "ActionID: p0");
        int from = Blocks.of(admin).size();
        setvar(admin, "CustomPresence:Eggs", "not_set,,", "_setup-2");
        sb.server().onCore(() -> null);
        admin.request("Action: Ping", "ActionID: p");
        List<String> captured = Blocks.captured("T02_presence_state_changes", "setup");
        // the capture's setup connection saw Eggs's change and the hint's presence going to not_set
        assertThat(Blocks.from(admin, from, b -> !Blocks.isResponse(b)))
                .containsExactlyInAnyOrderElementsOf(captured.stream()
                        .filter(b -> b.startsWith("Event: Presence")).toList());
    }

    @Test
    void presenceStateWritesWithBase64AndReadsByField() {
        AmiTestClient a = sb.login("admin", "admin123");
        // "On vacation" and "back soon" in Base64, as func_presencestate.c's example
        assertThat(setvar(a, "CustomPresence:lamp3", "xa,T24gdmFjYXRpb24=,YmFjayBzb29u,e", "1")).isEqualTo("Variable Set");
        sb.server().onCore(() -> null);
        assertThat(Blocks.from(a, 0, b -> Blocks.isEvent(b, "PresenceStateChange"))).containsExactly(
                presenceChange("CustomPresence:lamp3", "xa", "On vacation", "back soon"));
        assertThat(getvar(a, "PRESENCE_STATE(CustomPresence:lamp3,value)")).isEqualTo("xa");
        assertThat(getvar(a, "PRESENCE_STATE(CustomPresence:lamp3,subtype)")).isEqualTo("On vacation");
        assertThat(getvar(a, "PRESENCE_STATE(CustomPresence:lamp3,message,e)")).isEqualTo("YmFjayBzb29u");
        assertThat(getvar(a, "PRESENCE_STATE(CustomPresence:never,value)")).isEqualTo("not_set");
        assertThat(setvar(a, "CustomPresence:lamp3", "sleepy,a,b", "2")).isEqualTo("Variable not set");
        assertThat(setvar(a, "CustomPresence:lamp3", "away,a,b,x", "3")).isEqualTo("Variable not set");
        assertThat(setvar(a, "Custom:lamp3", "away", "4")).isEqualTo("Variable not set");
    }

    private static String getvar(AmiTestClient c, String variable) {
        return c.request("Action: Getvar", "Variable: " + variable, "ActionID: g").header("Value");
    }
}
