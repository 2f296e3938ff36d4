package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * BlindTransfer, Atxfer and CancelAtxfer (spec 02 §4.2; manager.c, bridge.c
 * ast_bridge_transfer_blind, stasis_bridges.c blind_transfer_to_ami) with the captures'
 * features.conf (all defaults: blindxfer #, no atxfer code, atxferabort *1).
 */
class TransfersTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallConfig.CAPTURE_ETC).virtualClock();

    @Test
    void blindTransferSendsTheCalleeOnAndTheTransfererLeaves() {
        AmiTestClient a = CallTests.login(sb);
        BobCall call = BobCall.start(sb, a);
        int from = a.messageCount();
        assertThat(a.request("Action: BlindTransfer", "Channel: " + call.caller, "Exten: redirect",
                "ActionID: t").header("Message")).isEqualTo("Transfer succeeded");
        CallTests.advance(sb, Duration.ofSeconds(1));
        a.awaitMessage(from, m -> "Redirected".equals(m.header("UserEvent")), AmiTestClient.DEFAULT_WAIT);
        assertThat(BobCall.log().describe(a.messagesSince(from))).containsExactly(
                "R Success Transfer succeeded",
                "Unhold cb;2",
                "VarSet bob;1 BLINDTRANSFER=cb;2", "VarSet cb;2 BLINDTRANSFER=bob;1",
                "VarSet cb;2 BRIDGEPEER=",
                "BlindTransfer Success cb;2 -> redirect",
                // the transferee's bridge thread runs the transfer: an async goto, then a kick
                "VarSet bob;1 BRIDGEPEER=", "Newexten bob;1 redirect AppDial",
                "BridgeLeave bob;1 1", "BridgeLeave cb;2 0",
                "VarSet cb;2 ANSWEREDTIME=1", "VarSet cb;2 ANSWEREDTIME_MS=1000", "VarSet cb;2 DIALEDTIME=1",
                "VarSet cb;2 DIALEDTIME_MS=1000", "VarSet cb;2 DIALSTATUS=ANSWER",
                "SoftHangupRequest cb;2 cause 16",
                "VarSet cb;1 CHANLOCALSTATUS=ANSWER", "HangupRequest cb;1 cause 16", "Hangup cb;2 cause 16",
                "BridgeDestroy", "Hangup cb;1 cause 16",
                "Newexten bob;1 redirect UserEvent", "UserEvent bob;1 Redirected", "Newexten bob;1 redirect Echo");
        AmiMessage event = a.find(m -> "BlindTransfer".equals(m.header("Event"))).orElseThrow();
        assertThat(event.header("Privilege")).isEqualTo("call,all");
        assertThat(event.headers().line(2)).isEqualTo("Result: Success");
        assertThat(event.header("TransfererChannel")).isEqualTo(call.caller);
        assertThat(event.header("TransfereeChannel")).isEqualTo(call.callee);
        assertThat(event.header("BridgeUniqueid")).isEqualTo(call.bridgeId);
        assertThat(event.header("BridgeNumChannels")).isEqualTo("2");
        assertThat(event.header("IsExternal")).isEqualTo("Yes");
        assertThat(event.header("Context")).isEqualTo("default");
        assertThat(event.header("Extension")).isEqualTo("redirect");
        // Transferer block, Transferee block, bridge block, then the three fields
        java.util.List<String> lines = event.headers().lines();
        assertThat(lines.indexOf("TransfererChannel: " + call.caller))
                .isLessThan(lines.indexOf("TransfereeChannel: " + call.callee));
        assertThat(lines.indexOf("TransfereeChannel: " + call.callee))
                .isLessThan(lines.indexOf("BridgeUniqueid: " + call.bridgeId));
        assertThat(lines.subList(lines.size() - 3, lines.size()))
                .containsExactly("IsExternal: Yes", "Context: default", "Extension: redirect");
        CallTests.hangup(sb, a, call.callee);
    }

    @Test
    void aChannelOutsideABridgeCannotBeTransferred() {
        AmiTestClient a = CallTests.login(sb);
        BobCall call = BobCall.start(sb, a);
        int from = a.messageCount();
        assertThat(CallTests.error(a, "Action: BlindTransfer", "Channel: " + call.originated, "Exten: echo"))
                .isEqualTo("Transfer invalid");
        AmiMessage event = a.awaitMessage(from, m -> "BlindTransfer".equals(m.header("Event")),
                AmiTestClient.DEFAULT_WAIT);
        assertThat(event.header("Result")).isEqualTo("Invalid");
        assertThat(event.header("TransfereeChannel")).isEmpty();
        assertThat(event.header("BridgeUniqueid")).isEmpty();
        assertThat(CallTests.error(a, "Action: BlindTransfer", "Exten: echo")).isEqualTo("No channel specified");
        assertThat(CallTests.error(a, "Action: BlindTransfer", "Channel: x")).isEqualTo("No extension specified");
        assertThat(CallTests.error(a, "Action: BlindTransfer", "Channel: x", "Exten: echo"))
                .isEqualTo("Channel specified does not exist");
        CallTests.hangup(sb, a, call.caller);
    }

    @Test
    void atxferNeedsAnAtxferCodeAndCancelAtxferQueuesTheAbortCode() {
        AmiTestClient a = CallTests.login(sb);
        BobCall call = BobCall.start(sb, a);
        assertThat(CallTests.error(a, "Action: Atxfer", "Channel: " + call.caller, "Exten: echo"))
                .isEqualTo("No attended transfer feature code found");
        assertThat(CallTests.error(a, "Action: Atxfer", "Exten: echo")).isEqualTo("No channel specified");
        assertThat(CallTests.error(a, "Action: Atxfer", "Channel: x")).isEqualTo("No extension specified");
        assertThat(CallTests.error(a, "Action: Atxfer", "Channel: x", "Exten: echo")).isEqualTo("Channel specified does not exist");
        assertThat(CallTests.error(a, "Action: CancelAtxfer")).isEqualTo("No channel specified");
        assertThat(CallTests.error(a, "Action: CancelAtxfer", "Channel: x")).isEqualTo("Channel specified does not exist");
        int from = a.messageCount();
        assertThat(a.request("Action: CancelAtxfer", "Channel: " + call.caller, "ActionID: ca").header("Message"))
                .isEqualTo("CancelAtxfer successfully queued");
        CallTests.advance(sb, Duration.ofMillis(500));
        // *1 is read by the bridge: no feature matches it (only # for blindxfer), so both digits go
        // through to bob;1 (ast_write: DTMFEnd, Direction: Sent), whose Local half passes them on
        // to bob;2, where Echo sends them back
        a.awaitUntil(() -> a.messagesSince(from).stream()
                .filter(m -> "DTMFEnd".equals(m.header("Event"))).count() >= 6, AmiTestClient.DEFAULT_WAIT);
        assertThat(a.messagesSince(from).stream()
                .filter(m -> m.header("Event").startsWith("DTMF"))
                .map(m -> m.header("Event") + " " + BobCall.log().describe(java.util.List.of(m)).get(0)
                        .replaceAll("^\\S+ ", "") + " " + m.header("Digit") + " " + m.header("Direction"))
                .limit(4))
                .containsExactly("DTMFEnd cb;2 * Received", "DTMFEnd cb;2 1 Received",
                        "DTMFEnd bob;1 * Sent", "DTMFEnd bob;1 1 Sent");
        CallTests.hangup(sb, a, call.caller);
    }
    @Test
    void reloadingTheFeaturesModuleReadsFeaturesConfAgain() throws Exception {
        AmiTestClient a = CallTests.login(sb);
        java.nio.file.Path file = sb.configDir().resolve("features.conf");
        String original = java.nio.file.Files.readString(file);
        try {
            java.nio.file.Files.writeString(file, "[featuremap]\natxfer => *2\n");
            assertThat(a.request("Action: Reload", "Module: features", "ActionID: r").header("Response"))
                    .isEqualTo("Success");
            BobCall call = BobCall.start(sb, a);
            assertThat(a.request("Action: Atxfer", "Channel: " + call.caller, "Exten: echo", "ActionID: x")
                    .header("Message")).isEqualTo("Atxfer successfully queued");
            CallTests.hangup(sb, a, call.caller);
        } finally {
            java.nio.file.Files.writeString(file, original);
            a.request("Action: Reload", "Module: features", "ActionID: r2");
        }
    }
}
