package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Dial to PJSIP endpoints whose simulated phones answer, refuse, ring on or are switched off
 * (docs/endpoints.md), against app_dial.c and chan_pjsip.c (spec 02 §3.2, §3.3): the whole
 * sequence each outcome produces, compactly (PjsipConfig.describe).
 */
class DialPjsipTest {
    private static final String DIALS = String.join("\n",
            "exten => bob,1,Dial(PJSIP/bob,30)",
            " same => n,UserEvent(DialResult,Status: ${DIALSTATUS})",
            " same => n,Hangup()",
            "exten => both,1,Dial(PJSIP/carol&PJSIP/bob,30)",
            " same => n,UserEvent(DialResult,Status: ${DIALSTATUS})",
            " same => n,Hangup()",
            "exten => carol,1,Dial(PJSIP/carol,3)",
            " same => n,UserEvent(DialResult,Status: ${DIALSTATUS})",
            " same => n,Hangup()",
            "");

    @RegisterExtension
    SwitchboardExtension sb = PjsipConfig.server().file("extensions.conf", PjsipConfig.EXTENSIONS + DIALS);

    /** alice's phone calls {@code exten}; PBX time moves on by each of {@code advances} (ms). */
    private List<String> call(String exten, long... advances) {
        AmiTestClient a = PjsipConfig.login(sb);
        CallTests.settle(sb, a);
        int from = a.messageCount();
        a.request("Action: SBCall", "Endpoint: alice", "Exten: " + exten, "ActionID: c1");
        for (long ms : advances) {
            PjsipConfig.advance(sb, ms);
        }
        CallTests.settle(sb, a);
        return PjsipConfig.since(a, from);
    }

    /** SBEndpointSet with these headers. */
    private void set(String... lines) {
        AmiTestClient a = PjsipConfig.login(sb);
        String[] all = new String[lines.length + 2];
        all[0] = "Action: SBEndpointSet";
        System.arraycopy(lines, 0, all, 1, lines.length);
        all[lines.length + 1] = "ActionID: s";
        assertThat(a.request(all).header("Response")).isEqualTo("Success");
    }

    /** Up to the DialBegin of one leg: the caller's Dial start and the leg's set-up (spec 02 §3.2 steps 1-12). */
    private static List<String> ringing(String exten, String leg, String... legSetUp) {
        List<String> out = new ArrayList<>(List.of("R c1 Success Call placed",
                "Newchannel alice Ring <6001|Alice> " + exten + "@phones", "VarSet alice SIPDOMAIN=127.0.0.1",
                "Newexten alice Ring Dial"));
        for (String v : List.of("DIALSTATUS", "DIALEDPEERNUMBER", "DIALEDPEERNAME", "ANSWEREDTIME", "ANSWEREDTIME_MS",
                "DIALEDTIME", "DIALEDTIME_MS", "RINGTIME", "RINGTIME_MS", "PROGRESSTIME", "PROGRESSTIME_MS")) {
            out.add("VarSet alice " + v + "=");
        }
        out.addAll(List.of(legSetUp));
        out.addAll(List.of("VarSet " + leg + " DIALEDPEERNUMBER=" + leg, "Newexten " + leg + " Down AppDial",
                "NewConnectedLine " + leg, "DialBegin alice to " + leg, "NewConnectedLine alice",
                "Newstate " + leg + " Ringing", "VarSet alice RINGTIME=0", "VarSet alice RINGTIME_MS=0",
                "DialState alice to " + leg + " RINGING", "DeviceStateChange PJSIP/" + leg + " RINGING",
                "DeviceStateChange PJSIP/alice INUSE"));
        return out;
    }

    private static List<String> bobRinging() {
        return ringing("bob", "bob", "Newchannel bob Down <6002|Bob> s@phones", "VarSet bob TEAM=blue");
    }

    private static List<String> then(List<String> first, String... rest) {
        List<String> out = new ArrayList<>(first);
        out.addAll(List.of(rest));
        out.add("R settle Success");
        return out;
    }

    @Test
    void bobAnswersAfterTwoSecondsAndTheTwoAreBridged() {
        List<String> seen = call("bob", 2000);
        assertThat(seen).containsExactlyElementsOf(then(bobRinging(),
                "Newstate bob Up", "VarSet alice DIALSTATUS=ANSWER", "VarSet alice DIALEDPEERNAME=PJSIP/bob-00000001",
                "VarSet alice DIALEDPEERNUMBER=bob", "DialEnd alice to bob ANSWER", "Newstate alice Up",
                "BridgeCreate", "Newexten bob Up AppDial", "BridgeEnter bob", "BridgeEnter alice",
                "VarSet bob BRIDGEPEER=PJSIP/alice-00000000", seen.get(seen.size() - 5),
                "VarSet alice BRIDGEPEER=PJSIP/bob-00000001", seen.get(seen.size() - 3),
                "DeviceStateChange PJSIP/bob INUSE"));
        assertThat(seen.get(seen.size() - 5)).matches("VarSet bob BRIDGEPVTCALLID=[0-9a-f-]{36}");
        assertThat(seen.get(seen.size() - 3)).matches("VarSet alice BRIDGEPVTCALLID=[0-9a-f-]{36}");
    }

    @Test
    void aBusyPhoneEndsTheLegWith486AndDialSaysBusy() {
        set("Endpoint: bob", "Mode: busy", "Delay: 1");
        // spec 02 §3.3 BUSY: chan_pjsip ends the session (17, 486); Dial maps the cause
        assertThat(call("bob", 1000)).containsExactlyElementsOf(then(bobRinging(),
                "HangupRequest bob cause 17 tech 486", "DialEnd alice to bob BUSY", "Hangup bob cause 17 tech 486",
                "VarSet alice DIALSTATUS=BUSY", "Newexten alice Ring UserEvent", "UserEvent alice",
                "Newexten alice Ring Hangup", "SoftHangupRequest alice cause 16",
                // Dial gave the caller the leg's cause; Hangup() keeps it, chan_pjsip sends 486
                "Hangup alice cause 17 tech 486",
                "DeviceStateChange PJSIP/bob NOT_INUSE", "DeviceStateChange PJSIP/alice NOT_INUSE"));
    }

    @Test
    void aRejectionIsNoAnswerForTheLegButChanunavailForDial() {
        set("Endpoint: bob", "Mode: reject", "Delay: 1");
        // 603 is cause 21: ast_hangup_cause_to_dial_status says NOANSWER, handle_cause counts it
        // unavailable, so every line failed and DIALSTATUS is CHANUNAVAIL
        assertThat(call("bob", 1000)).containsExactlyElementsOf(then(bobRinging(),
                "HangupRequest bob cause 21 tech 603", "DialEnd alice to bob NOANSWER", "Hangup bob cause 21 tech 603",
                "VarSet alice DIALSTATUS=CHANUNAVAIL", "Newexten alice Ring UserEvent", "UserEvent alice",
                "Newexten alice Ring Hangup", "SoftHangupRequest alice cause 16", "Hangup alice cause 21 tech 403",
                "DeviceStateChange PJSIP/bob NOT_INUSE", "DeviceStateChange PJSIP/alice NOT_INUSE"));
    }

    @Test
    void anOfflinePhoneCannotBeCalled() {
        set("Endpoint: bob", "Mode: offline");
        List<String> seen = call("bob", 100);
        // spec 02 §3.3 CHANUNAVAIL: no leg at all; the request's cause 3 becomes the caller's
        assertThat(seen.subList(15, seen.size())).containsExactly("VarSet alice DIALSTATUS=CHANUNAVAIL",
                "Newexten alice Ring UserEvent", "UserEvent alice", "Newexten alice Ring Hangup",
                "SoftHangupRequest alice cause 16", "Hangup alice cause 3 tech 404", "R settle Success");
    }

    @Test
    void nobodyAnsweringEndsAtTheTimeoutWithoutACause() {
        assertThat(call("carol", 3000)).containsExactlyElementsOf(then(
                ringing("carol", "carol", "Newchannel carol Down <6003|Carol> s@phones"),
                "DialEnd alice to carol NOANSWER", "Hangup carol cause 0", "VarSet alice DIALSTATUS=NOANSWER",
                "Newexten alice Ring UserEvent", "UserEvent alice", "Newexten alice Ring Hangup",
                "SoftHangupRequest alice cause 16", "Hangup alice cause 16",
                "DeviceStateChange PJSIP/carol NOT_INUSE", "DeviceStateChange PJSIP/alice NOT_INUSE"));
    }

    @Test
    void withTwoLegsTheFirstToAnswerWinsAndTheOtherIsAnsweredElsewhere() {
        List<String> seen = call("both", 2000);
        assertThat(seen).containsSubsequence("Newchannel carol Down <6003|Carol> s@phones",
                "Newchannel bob Down <6002|Bob> s@phones", "DialBegin alice to carol", "DialBegin alice to bob",
                "Newstate carol Ringing", "Newstate bob Ringing", "DialState alice to carol RINGING",
                "DialState alice to bob RINGING",
                "Newstate bob Up",
                // several legs: the connected line waits for the answer
                "NewConnectedLine alice", "DialEnd alice to carol CANCEL", "Hangup carol cause 26",
                "VarSet alice DIALSTATUS=ANSWER", "DialEnd alice to bob ANSWER", "BridgeEnter alice");
        assertThat(seen.indexOf("NewConnectedLine alice")).isGreaterThan(seen.indexOf("Newstate bob Up"));
        assertThat(seen).doesNotContain("DialEnd alice to bob CANCEL");
    }

    @Test
    void theCallerHangingUpWhileItRingsCancelsTheLeg() {
        AmiTestClient a = PjsipConfig.login(sb);
        CallTests.settle(sb, a);
        int from = a.messageCount();
        a.request("Action: SBCall", "Endpoint: alice", "Exten: bob", "ActionID: c1");
        PjsipConfig.advance(sb, 1000);
        a.request("Action: SBHangup", "Endpoint: alice", "ActionID: h1");
        CallTests.settle(sb, a);
        // spec 02 §3.3 "Caller abandons while ringing": the CANCEL is 127/487; the leg gets the
        // caller's cause (hanguptree), for which chan_pjsip sends 500
        assertThat(PjsipConfig.since(a, from)).containsExactlyElementsOf(then(bobRinging(),
                "R h1 Success Phone hung up", "HangupRequest alice cause 127 tech 487", "DialEnd alice to bob CANCEL",
                "Hangup bob cause 127 tech 500", "VarSet alice DIALSTATUS=CANCEL",
                "SoftHangupRequest alice cause 16 tech 487", "Hangup alice cause 127 tech 487",
                "DeviceStateChange PJSIP/bob NOT_INUSE", "DeviceStateChange PJSIP/alice NOT_INUSE"));
    }
}
