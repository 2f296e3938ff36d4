package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Originate to simulated PJSIP phones (the dial API of spec 02 §3.1 over chan_pjsip): the leg
 * starts Down with the endpoint's caller id and context, rings (Newstate Ringing, DialState
 * RINGING, device RINGING), and is answered, refused (486, 480) or left ringing until the timeout;
 * an unregistered or unknown endpoint cannot be called at all.
 */
class PjsipOriginateTest {
    /** Originate o1 to bob, up to the call going out: bob's caller id, his set_var, AppDial2. */
    private static final List<String> DIALING_BOB = List.of(
            "R o1 Success Originate successfully queued",
            "Newchannel bob Down <6002|Bob> s@phones",
            "VarSet bob TEAM=blue",
            "Newexten bob Down AppDial2",
            "DialBegin to bob");

    @RegisterExtension
    SwitchboardExtension sb = PjsipConfig.server();

    private static List<String> dialingBobThen(String... rest) {
        List<String> all = new ArrayList<>(DIALING_BOB);
        all.addAll(List.of(rest));
        return all;
    }

    @Test
    void bobRingsAnswersAfterTwoSecondsAndHangsUp() {
        AmiTestClient a = PjsipConfig.login(sb);
        a.request("Action: SBEndpointSet", "Endpoint: bob", "HangupAfter: 10", "ActionID: s1");
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: PJSIP/bob", "Application: Echo", "Async: true", "ActionID: o1");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/bob RINGING");
        PjsipConfig.advance(sb, 2000);
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/bob INUSE");
        AmiMessage status = a.request("Action: Status", "Channel: PJSIP/bob-00000000", "ActionID: st");
        PjsipConfig.advance(sb, 10_000);
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/bob NOT_INUSE");

        assertThat(PjsipConfig.since(a, from)).containsExactlyElementsOf(dialingBobThen(
                "Newstate bob Ringing",
                "DialState to bob RINGING",
                "DeviceStateChange PJSIP/bob RINGING",
                "Newstate bob Up",
                "DialEnd to bob ANSWER",
                "OriginateResponse bob Success reason 4",
                // Echo runs where AppDial2 was: no Newexten (manager_channels.c channel_newexten)
                "DeviceStateChange PJSIP/bob INUSE",
                "R st Success Channel status will follow",
                "Status bob",
                "StatusComplete",
                "HangupRequest bob no cause",
                "Hangup bob cause 0",
                "DeviceStateChange PJSIP/bob NOT_INUSE"));
        AmiMessage newchannel = a.find(m -> m.header("Event").equals("Newchannel")).orElseThrow();
        assertThat(newchannel.header("Language")).isEqualTo("en");
        AmiMessage appDial = a.find(m -> m.header("Event").equals("Newexten")).orElseThrow();
        assertThat(appDial.header("Language")).as("endpoint language, set after allocation").isEqualTo("fr");
        AmiMessage item = a.find(m -> m.header("Event").equals("Status")).orElseThrow();
        assertThat(item.header("Type")).isEqualTo("PJSIP");
        assertThat(item.header("Nativeformats")).isEqualTo("(alaw|g722)");
        assertThat(item.header("Readformat")).isEqualTo("alaw");
        assertThat(status.header("Response")).isEqualTo("Success");
    }

    @Test
    void busyPhoneAnswers486() {
        AmiTestClient a = PjsipConfig.login(sb);
        a.request("Action: SBEndpointSet", "Endpoint: bob", "Mode: busy", "Delay: 0", "ActionID: s1");
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: PJSIP/bob", "Application: Echo", "Async: true", "ActionID: o1");
        PjsipConfig.awaitLast(a, "Hangup bob cause 17 tech 486");
        assertThat(PjsipConfig.since(a, from)).containsExactlyElementsOf(dialingBobThen(
                "HangupRequest bob cause 17 tech 486",
                "DialEnd to bob BUSY",
                // the leg went away without a BUSY frame: dial.c keeps cause 0, so pbx_dial_reason gives 0
                "OriginateResponse PJSIP/bob Failure reason 0",
                "Hangup bob cause 17 tech 486"));
    }

    @Test
    void rejectingPhoneRingsThenAnswers480() {
        AmiTestClient a = PjsipConfig.login(sb);
        a.request("Action: SBEndpointSet", "Endpoint: bob", "Mode: reject", "RejectCode: 480", "Delay: 1",
                "ActionID: s1");
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: PJSIP/bob", "Application: Echo", "Async: true", "ActionID: o1");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/bob RINGING");
        PjsipConfig.advance(sb, 1000);
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/bob NOT_INUSE");
        assertThat(PjsipConfig.since(a, from)).containsSubsequence(
                "DialState to bob RINGING",
                "HangupRequest bob cause 19 tech 480",
                "DialEnd to bob NOANSWER",
                "OriginateResponse PJSIP/bob Failure reason 0",
                "Hangup bob cause 19 tech 480",
                "DeviceStateChange PJSIP/bob NOT_INUSE");
    }

    @Test
    void unansweredCallEndsAtTheOriginateTimeoutWithoutDialEnd() {
        AmiTestClient a = PjsipConfig.login(sb);
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: PJSIP/carol", "Application: Echo", "Timeout: 5000", "Async: true",
                "ActionID: o1");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/carol RINGING");
        PjsipConfig.advance(sb, 5000);
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/carol NOT_INUSE");
        assertThat(PjsipConfig.since(a, from)).containsExactly(
                "R o1 Success Originate successfully queued",
                "Newchannel carol Down <6003|Carol> s@phones",
                "Newexten carol Down AppDial2",
                "DialBegin to carol",
                "Newstate carol Ringing",
                "DialState to carol RINGING",
                "DeviceStateChange PJSIP/carol RINGING",
                "OriginateResponse PJSIP/carol Failure reason 3",
                // chan_pjsip_hangup turns the dial API's cause 19 into tech cause 480
                "Hangup carol cause 19 tech 480",
                "DeviceStateChange PJSIP/carol NOT_INUSE");
    }

    @Test
    void offlinePhoneUnregistersAndCannotBeCalled() {
        AmiTestClient a = PjsipConfig.login(sb);
        int from = a.messageCount();
        a.request("Action: SBEndpointSet", "Endpoint: bob", "Mode: offline", "ActionID: s1");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/bob UNAVAILABLE");
        a.send("Action: Originate", "Channel: PJSIP/bob", "Application: Echo", "Async: true", "ActionID: o1");
        PjsipConfig.awaitLast(a, "OriginateResponse PJSIP/bob Failure reason 0");
        a.send("Action: Originate", "Channel: PJSIP/nobody", "Application: Echo", "Async: true", "ActionID: o2");
        PjsipConfig.awaitLast(a, "OriginateResponse PJSIP/nobody Failure reason 0");
        a.request("Action: SBEndpointReset", "Endpoint: bob", "ActionID: r1");
        PjsipConfig.awaitLast(a, "DeviceStateChange PJSIP/bob NOT_INUSE");
        assertThat(PjsipConfig.since(a, from)).containsExactly(
                "R s1 Success Endpoint bob updated",
                "ContactStatus bob Removed",
                "PeerStatus PJSIP/bob Unreachable",
                "DeviceStateChange PJSIP/bob UNAVAILABLE",
                "R o1 Success Originate successfully queued",
                "OriginateResponse PJSIP/bob Failure reason 0",
                "R o2 Success Originate successfully queued",
                "OriginateResponse PJSIP/nobody Failure reason 0",
                "R r1 Success Endpoint bob reset",
                "ContactStatus bob NonQualified",
                "PeerStatus PJSIP/bob Reachable",
                "DeviceStateChange PJSIP/bob NOT_INUSE");
        AmiMessage removed = a.find(m -> m.header("Event").equals("ContactStatus")).orElseThrow();
        assertThat(removed.headers().lines()).containsSubsequence("URI: sip:bob@127.0.0.1:5060",
                "ContactStatus: Removed", "AOR: bob", "EndpointName: bob", "RoundtripUsec: 0");
        AmiMessage peer = a.find(m -> m.header("Event").equals("PeerStatus")).orElseThrow();
        assertThat(peer.headers().lines()).containsSubsequence("Privilege: system,all", "ChannelType: PJSIP",
                "Peer: PJSIP/bob", "PeerStatus: Unreachable");
    }
}
