package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Calls a simulated phone places into the dialplan (SBCall), checked against chan_pjsip: an
 * inbound channel starts in Ring with the endpoint's caller id, context and DNID, gets SIPDOMAIN,
 * and a BYE, a CANCEL or Asterisk's own busy indication end it with chan_pjsip_session_end's
 * causes (spec 02 §3.2, §3.3).
 */
class PjsipInboundCallTest {
    @RegisterExtension
    SwitchboardExtension sb = PjsipConfig.server();

    @Test
    void phoneCallsEchoThenHangsUp() {
        AmiTestClient a = PjsipConfig.login(sb);
        int from = a.messageCount();
        AmiMessage placed = a.request("Action: SBCall", "Endpoint: alice", "Exten: echo", "ActionID: c1");
        assertThat(placed.header("Channel")).isEqualTo("PJSIP/alice-00000000");
        assertThat(placed.header("Uniqueid")).isNotEmpty();
        PjsipConfig.advance(sb, 20);   // Answer waits for the first RTP packet
        PjsipConfig.awaitLast(a, "Newexten alice Up Echo");
        a.request("Action: SBHangup", "Channel: PJSIP/alice-00000000", "ActionID: h1");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/alice NOT_INUSE");

        assertThat(PjsipConfig.since(a, from)).containsExactly(
                "R c1 Success Call placed",
                "Newchannel alice Ring <6001|Alice> echo@phones",
                "VarSet alice SIPDOMAIN=127.0.0.1",
                "Newexten alice Ring Answer",
                "Newstate alice Up",
                "DeviceStateChange PJSIP/alice INUSE",
                "Newexten alice Up Echo",
                "R h1 Success Phone hung up",
                // a BYE carries no cause and chan_pjsip derives none from 200
                "HangupRequest alice no cause",
                "SoftHangupRequest alice cause 16",
                "Hangup alice cause 0",
                "DeviceStateChange PJSIP/alice NOT_INUSE");
        AmiMessage newchannel = a.find(m -> m.header("Event").equals("Newchannel")).orElseThrow();
        assertThat(newchannel.header("ConnectedLineNum")).isEqualTo("<unknown>");
        assertThat(newchannel.header("Linkedid")).isEqualTo(placed.header("Uniqueid"));
    }

    @Test
    void phoneHangsUpOnItsOwnAfterTheAnswerAndCancelsUnansweredCalls() {
        AmiTestClient a = PjsipConfig.login(sb);
        int from = a.messageCount();
        a.request("Action: SBCall", "Endpoint: alice", "Exten: wait", "HangupAfter: 2", "ActionID: c1");
        PjsipConfig.advance(sb, 20);
        PjsipConfig.advance(sb, 2000);
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/alice NOT_INUSE");
        assertThat(PjsipConfig.since(a, from)).containsSubsequence(
                "Newexten alice Up Wait", "HangupRequest alice no cause", "SoftHangupRequest alice cause 16",
                "Hangup alice cause 0");

        // a call the dialplan has not answered yet: the phone sends CANCEL, answered 487
        from = a.messageCount();
        a.request("Action: SBCall", "Endpoint: alice", "Exten: ring", "ActionID: c2");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/alice INUSE");
        a.request("Action: SBHangup", "Endpoint: alice", "ActionID: h2");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/alice NOT_INUSE");
        assertThat(PjsipConfig.since(a, from)).containsExactly(
                "R c2 Success Call placed",
                "Newchannel alice Ring <6001|Alice> ring@phones",
                "VarSet alice SIPDOMAIN=127.0.0.1",
                "Newexten alice Ring Ringing",
                "Newexten alice Ring Wait",
                "DeviceStateChange PJSIP/alice INUSE",
                "R h2 Success Phone hung up",
                "HangupRequest alice cause 127 tech 487",
                // ast_softhangup adds the stored tech cause too
                "SoftHangupRequest alice cause 16 tech 487",
                "Hangup alice cause 127 tech 487",
                "DeviceStateChange PJSIP/alice NOT_INUSE");
    }

    @Test
    void asteriskBusyEndsTheSessionWith486() {
        AmiTestClient a = PjsipConfig.login(sb);
        int from = a.messageCount();
        a.request("Action: SBCall", "Endpoint: alice", "Exten: busy", "ActionID: c1");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/alice NOT_INUSE");
        assertThat(PjsipConfig.since(a, from)).containsExactly(
                "R c1 Success Call placed",
                "Newchannel alice Ring <6001|Alice> busy@phones",
                "VarSet alice SIPDOMAIN=127.0.0.1",
                "Newexten alice Ring Busy",
                "Newstate alice Busy",
                "DeviceStateChange PJSIP/alice BUSY",
                // chan_pjsip_session_end keeps Busy()'s cause 17 and takes 486 as the tech cause
                "HangupRequest alice cause 17 tech 486",
                "SoftHangupRequest alice cause 16 tech 486",
                "Hangup alice cause 17 tech 486",
                "DeviceStateChange PJSIP/alice NOT_INUSE");
    }

    @Test
    void phoneSendsDtmfAndHolds() {
        AmiTestClient a = PjsipConfig.login(sb);
        a.request("Action: SBCall", "Endpoint: alice", "Exten: echo", "ActionID: c1");
        PjsipConfig.advance(sb, 20);
        PjsipConfig.awaitLast(a, "Newexten alice Up Echo");
        int from = a.messageCount();
        a.request("Action: SBDtmf", "Endpoint: alice", "Digits: 5", "ActionID: d1");
        PjsipConfig.advance(sb, 100);
        PjsipConfig.awaitLast(a, "DTMFEnd alice 5 Sent");
        a.request("Action: SBHold", "Endpoint: PJSIP/alice", "ActionID: h1");
        a.request("Action: SBUnhold", "Endpoint: alice", "ActionID: u1");
        a.request("Action: SBHangup", "Channel: PJSIP/alice-00000000", "ActionID: x1");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/alice NOT_INUSE");
        assertThat(PjsipConfig.since(a, from)).containsExactly(
                "R d1 Success DTMF queued",
                "DTMFBegin alice 5 Received",
                "DTMFBegin alice 5 Sent",
                "DTMFEnd alice 5 Received",
                "DTMFEnd alice 5 Sent",
                "R h1 Success Call held",
                "Hold alice default",
                "R u1 Success Call resumed",
                "Unhold alice",
                "R x1 Success Phone hung up",
                "HangupRequest alice no cause",
                "SoftHangupRequest alice cause 16",
                "Hangup alice cause 0",
                "DeviceStateChange PJSIP/alice NOT_INUSE");
        AmiMessage end = a.find(m -> m.header("Event").equals("DTMFEnd")).orElseThrow();
        assertThat(end.header("DurationMs")).isEqualTo("100");
    }

    @Test
    void refusedCalls() {
        AmiTestClient a = PjsipConfig.login(sb);
        assertThat(a.request("Action: SBCall", "Endpoint: alice", "Exten: nowhere", "ActionID: c1").header("Message"))
                .isEqualTo("Extension nowhere not found in context phones (404 Not Found)");
        assertThat(a.request("Action: SBCall", "Endpoint: nobody", "Exten: echo", "ActionID: c2").header("Message"))
                .isEqualTo("No such endpoint: nobody");
        a.request("Action: SBEndpointSet", "Endpoint: alice", "Mode: offline", "ActionID: s1");
        assertThat(a.request("Action: SBCall", "Endpoint: alice", "Exten: echo", "ActionID: c3").header("Message"))
                .isEqualTo("Endpoint alice is offline");
        assertThat(a.request("Action: SBHangup", "Channel: PJSIP/alice-00000000", "ActionID: h1").header("Message"))
                .isEqualTo("No such channel");
        assertThat(a.request("Action: SBCall", "Exten: echo", "ActionID: c4").header("Message"))
                .isEqualTo("No endpoint specified");
    }
}
