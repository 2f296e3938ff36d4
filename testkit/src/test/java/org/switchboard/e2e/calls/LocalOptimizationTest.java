package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Local channel optimization (spec 02 §2.4; core_unreal.c, bridge.c ast_bridge_unreal_optimize_out,
 * core_local.c): Originate Local/call-bob@default into extension 400 puts the ;1 half in a bridge
 * with Local/100 (Dial of 400) while the ;2 half is in a bridge with Local/bob (Dial of call-bob).
 * With both halves bridged the pair swaps itself out: bob;1 moves into the other bridge in place
 * of call-bob;1, and both call-bob halves leave and hang up.
 */
class LocalOptimizationTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallConfig.CAPTURE_ETC).virtualClock();

    private final CallLog log = BobCall.log().alias("Local/100@default-", "100");

    @Test
    void bothHalvesBridgedSwapTheLocalPairOut() {
        AmiTestClient a = CallTests.login(sb);
        int from = a.messageCount();
        a.request("Action: Originate", "Channel: Local/call-bob@default", "Context: default", "Exten: 400",
                "Priority: 1", "Async: true", "ActionID: o");
        CallTests.advance(sb, Duration.ofMillis(300));
        a.awaitMessage(from, m -> "LocalOptimizationEnd".equals(m.header("Event")), AmiTestClient.DEFAULT_WAIT);
        // the emptied bridge is destroyed after the ;2 half hangs up, possibly in a later write
        a.awaitUntil(() -> {
            List<String> sofar = log.describe(a.messagesSince(from));
            int hangup = sofar.indexOf("Hangup cb;2 cause 16");
            return hangup >= 0 && sofar.subList(hangup, sofar.size()).contains("BridgeDestroy");
        }, AmiTestClient.DEFAULT_WAIT);
        List<AmiMessage> msgs = a.messagesSince(from);
        List<String> seen = log.describe(msgs);
        int begin = seen.indexOf("LocalOptimizationBegin cb;1 source bob;1");
        assertThat(begin).isPositive();
        // it follows the second half's entering its bridge
        assertThat(seen.subList(begin - 4, begin)).containsExactly("BridgeEnter 100;1 1", "BridgeEnter cb;1 2",
                "VarSet 100;1 BRIDGEPEER=cb;1", "VarSet cb;1 BRIDGEPEER=100;1");
        assertThat(seen.subList(begin, seen.size())).containsSubsequence(
                "LocalOptimizationBegin cb;1 source bob;1",
                // bridge_do_move: bob;1 leaves its bridge, is pushed into the other in place of cb;1
                "BridgeLeave bob;1 1",
                "VarSet cb;1 BRIDGEPEER=", "BridgeLeave cb;1 1", "BridgeEnter bob;1 2 swap",
                "VarSet 100;1 BRIDGEPEER=bob;1", "VarSet bob;1 BRIDGEPEER=100;1",
                "VarSet cb;2 BRIDGEPEER=",
                // core_unreal reports "res == 1" as success: a completed swap says No
                "LocalOptimizationEnd cb;1 success No",
                // both halves leave their bridges; their Dials return and they hang up
                "VarSet cb;1 DIALSTATUS=ANSWER", "Hangup cb;1 cause 16",
                "BridgeLeave cb;2 0", "VarSet cb;2 DIALSTATUS=ANSWER", "Hangup cb;2 cause 16", "BridgeDestroy");
        AmiMessage beginEvent = msgs.stream().filter(m -> "LocalOptimizationBegin".equals(m.header("Event")))
                .findFirst().orElseThrow();
        AmiMessage enter = msgs.stream().filter(m -> "BridgeEnter".equals(m.header("Event"))
                && !m.header("SwapUniqueid").isEmpty()).findFirst().orElseThrow();
        String one = beginEvent.header("LocalOneChannel");
        String oneId = beginEvent.header("LocalOneUniqueid");
        assertThat(beginEvent.header("LocalTwoChannel")).isEqualTo(one.substring(0, one.length() - 1) + "2");
        assertThat(beginEvent.header("SourceChannel")).startsWith("Local/bob@default-");
        // spec 02 §2.4 quirk: DestUniqueId is always the ;2 half's
        assertThat(beginEvent.header("DestUniqueId")).isEqualTo(beginEvent.header("LocalTwoUniqueid"));
        assertThat(beginEvent.header("Id")).isEqualTo("0");
        assertThat(beginEvent.headers().lines().get(2)).startsWith("LocalOneChannel: ");
        assertThat(enter.header("SwapUniqueid")).isEqualTo(oneId);
        assertThat(enter.header("Channel")).isEqualTo(beginEvent.header("SourceChannel"));
        // the moved channel ends the call normally later: 100 hangs up after its Wait
        CallTests.advance(sb, Duration.ofSeconds(2));
        a.awaitMessage(from, m -> "Hangup".equals(m.header("Event"))
                && m.header("Channel").equals(beginEvent.header("SourceChannel")), AmiTestClient.DEFAULT_WAIT);
    }

    @Test
    void withSlashNOnlyLocalOptimizeAwayLetsThePairOptimize() {
        AmiTestClient a = CallTests.login(sb);
        int from = a.messageCount();
        a.request("Action: Originate", "Channel: Local/call-bob@default/n", "Context: default", "Exten: 400",
                "Priority: 1", "Async: true", "ActionID: o");
        CallTests.advance(sb, Duration.ofMillis(300));
        String one = a.awaitMessage(from, m -> "LocalBridge".equals(m.header("Event"))
                && m.header("LocalOneChannel").startsWith("Local/call-bob"), AmiTestClient.DEFAULT_WAIT)
                .header("LocalOneChannel");
        assertThat(a.find(m -> "LocalBridge".equals(m.header("Event")) && one.equals(m.header("LocalOneChannel")))
                .orElseThrow().header("LocalOptimization")).isEqualTo("No");
        a.awaitMessage(from, m -> "BridgeEnter".equals(m.header("Event")) && one.equals(m.header("Channel")),
                AmiTestClient.DEFAULT_WAIT);
        assertThat(a.find(m -> m.header("Event").startsWith("LocalOptimization"))).isEmpty();
        assertThat(a.request("Action: LocalOptimizeAway", "Channel: " + one, "ActionID: l").header("Message"))
                .isEqualTo("Queued channel to be optimized away");
        a.awaitMessage(from, m -> "LocalOptimizationEnd".equals(m.header("Event")), AmiTestClient.DEFAULT_WAIT);
        assertThat(a.find(m -> "LocalOptimizationBegin".equals(m.header("Event"))).orElseThrow()
                .header("LocalOneChannel")).isEqualTo(one);
        assertThat(CallTests.error(a, "Action: LocalOptimizeAway")).isEqualTo("'Channel' not specified.");
        assertThat(CallTests.error(a, "Action: LocalOptimizeAway", "Channel: nobody")).isEqualTo("Channel does not exist.");
        BobCall call = BobCall.start(sb, a);
        assertThat(CallTests.error(a, "Action: LocalOptimizeAway", "Channel: " + call.caller.replace("Local/", "NoLocal/")))
                .isEqualTo("Channel does not exist.");
        CallTests.advance(sb, Duration.ofSeconds(2));
        CallTests.hangup(sb, a, call.caller);
    }
}
