package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Redirect (spec 02 §3.4, §4.2; manager.c action_redirect, pbx.c ast_async_goto) in virtual time.
 * Expected sequences follow the source: the redirected member's async goto makes it read a hangup
 * in the bridge, leave (its BRIDGEPEER cleared, with a snapshot that already shows the new
 * location), and dissolve the two-party basic bridge.
 */
class RedirectTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallConfig.CAPTURE_ETC).virtualClock();

    @Test
    void redirectingTheBridgedCallerHangsUpTheCalleeAndTheCallerGoesOn() {
        AmiTestClient a = CallTests.login(sb);
        BobCall call = BobCall.start(sb, a);
        int from = a.messageCount();
        a.request("Action: Redirect", "Channel: " + call.caller, "Context: default", "Exten: redirect",
                "Priority: 1", "ActionID: r1");
        CallTests.advance(sb, Duration.ofSeconds(1));
        a.awaitMessage(from, m -> "Redirected".equals(m.header("UserEvent")), AmiTestClient.DEFAULT_WAIT);
        awaitHangup(a, from, call.callee.substring(0, call.callee.length() - 1) + "2");
        assertThat(BobCall.log().describe(a.messagesSince(from))).containsExactly(
                "R Success Redirect successful",
                "VarSet cb;2 BRIDGEPEER=", "Newexten cb;2 redirect Dial", "VarSet bob;1 BRIDGEPEER=",
                "BridgeLeave cb;2 1", "BridgeLeave bob;1 0",
                "HangupRequest bob;2 cause 16", "Hangup bob;1 cause 16",
                "BridgeDestroy",
                // the bridge ended for an async goto: no ANSWEREDTIME/DIALEDTIME, Dial returns 0
                "VarSet cb;2 DIALSTATUS=ANSWER",
                "Newexten cb;2 redirect UserEvent", "UserEvent cb;2 Redirected", "Newexten cb;2 redirect Echo",
                "SoftHangupRequest bob;2 cause 16", "Hangup bob;2 cause 16");
        CallTests.hangup(sb, a, call.caller);
    }

    @Test
    void redirectingTheCalleeHangsUpTheCaller() {
        AmiTestClient a = CallTests.login(sb);
        BobCall call = BobCall.start(sb, a);
        int from = a.messageCount();
        a.request("Action: Redirect", "Channel: " + call.callee, "Context: default", "Exten: redirect",
                "Priority: 1", "ActionID: r2");
        CallTests.advance(sb, Duration.ofSeconds(1));
        a.awaitMessage(from, m -> "Redirected".equals(m.header("UserEvent")), AmiTestClient.DEFAULT_WAIT);
        awaitHangup(a, from, call.originated);
        List<String> seen = BobCall.log().describe(a.messagesSince(from));
        assertThat(seen).containsExactly(
                "R Success Redirect successful",
                "VarSet bob;1 BRIDGEPEER=", "Newexten bob;1 redirect AppDial", "VarSet cb;2 BRIDGEPEER=",
                "BridgeLeave bob;1 1", "BridgeLeave cb;2 0",
                "VarSet cb;2 ANSWEREDTIME=1", "VarSet cb;2 ANSWEREDTIME_MS=1000", "VarSet cb;2 DIALEDTIME=1",
                "VarSet cb;2 DIALEDTIME_MS=1000", "VarSet cb;2 DIALSTATUS=ANSWER",
                "SoftHangupRequest cb;2 cause 16",
                "VarSet cb;1 CHANLOCALSTATUS=ANSWER", "HangupRequest cb;1 cause 16", "Hangup cb;2 cause 16",
                "BridgeDestroy", "Hangup cb;1 cause 16",
                "Newexten bob;1 redirect UserEvent", "UserEvent bob;1 Redirected", "Newexten bob;1 redirect Echo");
        CallTests.hangup(sb, a, call.callee);
    }

    @Test
    void aDualRedirectSendsBothMembersOnAndNobodyHangsUp() {
        AmiTestClient a = CallTests.login(sb);
        BobCall call = BobCall.start(sb, a);
        int from = a.messageCount();
        a.request("Action: Redirect", "Channel: " + call.caller, "ExtraChannel: " + call.callee,
                "Context: default", "Exten: redirect", "Priority: 1", "ExtraContext: default", "ExtraExten: echo",
                "ExtraPriority: 1", "ActionID: r3");
        CallTests.advance(sb, Duration.ofSeconds(1));
        a.awaitMessage(from, m -> "Echo".equals(m.header("Application"))
                && m.header("Channel").equals(call.callee), AmiTestClient.DEFAULT_WAIT);
        assertThat(BobCall.log().describe(a.messagesSince(from))).containsExactly(
                "R Success Dual Redirect successful",
                "VarSet cb;2 BRIDGEPEER=", "Newexten cb;2 redirect Dial",
                "VarSet bob;1 BRIDGEPEER=", "Newexten bob;1 echo AppDial",
                "BridgeLeave cb;2 1", "BridgeLeave bob;1 0", "BridgeDestroy",
                "VarSet cb;2 DIALSTATUS=ANSWER",
                "Newexten cb;2 redirect UserEvent", "UserEvent cb;2 Redirected", "Newexten cb;2 redirect Echo",
                "Newexten bob;1 echo Echo");
        CallTests.hangup(sb, a, call.caller);
        CallTests.hangup(sb, a, call.callee);
    }

    @Test
    void aChannelRunningAnApplicationWithoutDialplanIsYankedIntoASurrogate() {
        AmiTestClient a = CallTests.login(sb);
        int start = a.messageCount();
        a.request("Action: Originate", "Channel: Local/echo@default", "Application: Echo", "Async: true",
                "ActionID: o");
        CallTests.advance(sb, Duration.ofSeconds(1));
        String one = a.awaitMessage(start, m -> "OriginateResponse".equals(m.header("Event")),
                AmiTestClient.DEFAULT_WAIT).header("Channel");
        String uniqueId = a.find(m -> "Newchannel".equals(m.header("Event")) && one.equals(m.header("Channel")))
                .orElseThrow().header("Uniqueid");
        CallTests.settle(sb, a);
        int from = a.messageCount();
        a.request("Action: Redirect", "Channel: " + one, "Context: default", "Exten: redirect", "Priority: 1",
                "ActionID: r4");
        CallTests.advance(sb, Duration.ofSeconds(1));
        a.awaitMessage(from, m -> "Redirected".equals(m.header("UserEvent")), AmiTestClient.DEFAULT_WAIT);
        CallTests.settle(sb, a);
        CallLog log = new CallLog().alias("Surrogate/Local/echo@default-", "S-echo").alias("Local/echo@default-",
                "echo");
        assertThat(log.describe(a.messagesSince(from))).containsExactly(
                "R Success Redirect successful",
                "Newchannel S-echo;1", "Hangup S-echo;1 cause 0",
                "Newexten echo;1 redirect Answer", "Newexten echo;1 redirect UserEvent",
                "UserEvent echo;1 Redirected", "Newexten echo;1 redirect Echo");
        // the surrogate is new; the channel that goes on keeps the name and Uniqueid
        var surrogate = a.find(m -> "Newchannel".equals(m.header("Event"))
                && m.header("Channel").startsWith("Surrogate/")).orElseThrow();
        assertThat(surrogate.header("Channel")).isEqualTo("Surrogate/" + one);
        assertThat(surrogate.header("ChannelStateDesc")).isEqualTo("Down");
        assertThat(surrogate.header("Exten")).isEqualTo("echo");
        assertThat(surrogate.header("Linkedid")).isEqualTo(uniqueId);
        assertThat(surrogate.header("Uniqueid")).isNotEqualTo(uniqueId);
        assertThat(a.find(m -> "UserEvent".equals(m.header("Event"))).orElseThrow().header("Uniqueid"))
                .isEqualTo(uniqueId);
        CallTests.hangup(sb, a, one);
    }

    @Test
    void theChecksAndTheirTexts() {
        AmiTestClient a = CallTests.login(sb);
        assertThat(error(a, "Exten: x", "Context: c", "Priority: 1")).isEqualTo("Channel not specified");
        assertThat(error(a, "Channel: x", "Exten: x", "Priority: 1")).isEqualTo("Context not specified");
        assertThat(error(a, "Channel: x", "Context: default", "Priority: 1")).isEqualTo("Exten not specified");
        assertThat(error(a, "Channel: x", "Context: default", "Exten: echo")).isEqualTo("Priority not specified");
        assertThat(error(a, "Channel: x", "Context: default", "Exten: echo", "Priority: nolabel"))
                .isEqualTo("Priority is invalid");
        assertThat(error(a, "Channel: x", "Context: default", "Exten: echo", "Priority: 0"))
                .isEqualTo("Priority is invalid");
        assertThat(error(a, "Channel: x", "Context: default", "Exten: echo", "Priority: 1", "ExtraChannel: y",
                "ExtraContext: default")).isEqualTo("ExtraExten not specified");
        assertThat(error(a, "Channel: x", "Context: default", "Exten: echo", "Priority: 1", "ExtraChannel: y",
                "ExtraContext: default", "ExtraExten: echo")).isEqualTo("ExtraPriority not specified");
        assertThat(error(a, "Channel: x", "Context: default", "Exten: echo", "Priority: 1", "ExtraChannel: y",
                "ExtraContext: default", "ExtraExten: echo", "ExtraPriority: -3")).isEqualTo("ExtraPriority is invalid");
        assertThat(error(a, "Channel: Local/none-1;1", "Context: default", "Exten: echo", "Priority: 1"))
                .isEqualTo("Channel does not exist: Local/none-1;1");
        BobCall call = BobCall.start(sb, a);
        assertThat(error(a, "Channel: " + call.caller, "Context: default", "Exten: echo", "Priority: 1",
                "ExtraChannel: nobody")).isEqualTo("ExtraChannel does not exist: nobody");
        CallTests.hangup(sb, a, call.caller);
    }

    private static String error(AmiTestClient a, String... headers) {
        String[] lines = new String[headers.length + 1];
        lines[0] = "Action: Redirect";
        System.arraycopy(headers, 0, lines, 1, headers.length);
        return CallTests.error(a, lines);
    }

    private static void awaitHangup(AmiTestClient a, int from, String channel) {
        a.awaitMessage(from, m -> "Hangup".equals(m.header("Event")) && channel.equals(m.header("Channel")),
                AmiTestClient.DEFAULT_WAIT);
    }
}
