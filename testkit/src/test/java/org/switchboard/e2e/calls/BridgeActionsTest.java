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
 * The bridge actions (spec 02 §4.3; manager_bridges.c, bridge.c manager_bridge_tech_*,
 * features.c action_bridge) against the bridged call of {@link BobCall}.
 */
class BridgeActionsTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallConfig.CAPTURE_ETC).virtualClock();

    @Test
    void bridgeListShowsTheBridgeAndFiltersOnTheTechnology() {
        AmiTestClient a = CallTests.login(sb);
        BobCall call = BobCall.start(sb, a);
        List<AmiMessage> list = list(a, "Action: BridgeList", "ActionID: l1");
        assertThat(list.get(0).header("Message")).isEqualTo("Bridge listing will follow");
        assertThat(list.get(0).header("EventList")).isEqualTo("start");
        AmiMessage item = list.stream().filter(m -> call.bridgeId.equals(m.header("BridgeUniqueid")))
                .findFirst().orElseThrow();
        assertThat(item.headers().lines()).containsExactly("Event: BridgeListItem", "ActionID: l1",
                "BridgeUniqueid: " + call.bridgeId, "BridgeType: basic", "BridgeTechnology: simple_bridge",
                "BridgeCreator: <unknown>", "BridgeName: <unknown>", "BridgeNumChannels: 2",
                "BridgeVideoSourceMode: none");
        AmiMessage complete = list.get(list.size() - 1);
        assertThat(complete.header("Event")).isEqualTo("BridgeListComplete");
        assertThat(complete.header("ListItems")).isEqualTo(String.valueOf(list.size() - 2));
        assertThat(list(a, "Action: BridgeList", "BridgeType: softmix", "ActionID: l2"))
                .noneMatch(m -> m.header("Event").equals("BridgeListItem"));
        assertThat(list(a, "Action: BridgeList", "BridgeType: simple_bridge", "ActionID: l3"))
                .anyMatch(m -> call.bridgeId.equals(m.header("BridgeUniqueid")));
        CallTests.hangup(sb, a, call.caller);
    }

    @Test
    void bridgeInfoListsTheMembersThenTheBridge() {
        AmiTestClient a = CallTests.login(sb);
        BobCall call = BobCall.start(sb, a);
        List<AmiMessage> info = list(a, "Action: BridgeInfo", "BridgeUniqueid: " + call.bridgeId, "ActionID: i1");
        assertThat(info.get(0).header("Message")).isEqualTo("Bridge channel listing will follow");
        assertThat(info).extracting(m -> m.header("Channel")).containsSubsequence(call.callee, call.caller);
        assertThat(info.get(1).headers().lines()).startsWith("Event: BridgeInfoChannel", "ActionID: i1",
                "Channel: " + call.callee);
        AmiMessage complete = info.get(3);
        assertThat(complete.headers().lines()).containsExactly("Event: BridgeInfoComplete", "ActionID: i1",
                "EventList: Complete", "ListItems: 2", "BridgeUniqueid: " + call.bridgeId, "BridgeType: basic",
                "BridgeTechnology: simple_bridge", "BridgeCreator: <unknown>", "BridgeName: <unknown>",
                "BridgeNumChannels: 2", "BridgeVideoSourceMode: none");
        assertThat(CallTests.error(a, "Action: BridgeInfo")).isEqualTo("BridgeUniqueid must be provided");
        assertThat(CallTests.error(a, "Action: BridgeInfo", "BridgeUniqueid: nope"))
                .isEqualTo("Specified BridgeUniqueid not found");
        CallTests.hangup(sb, a, call.caller);
    }

    @Test
    void bridgeTechnologyListAndSuspend() {
        AmiTestClient a = CallTests.login(sb);
        List<AmiMessage> techs = list(a, "Action: BridgeTechnologyList", "ActionID: t1");
        assertThat(techs.get(0).header("Message")).isEqualTo("Bridge technology listing will follow");
        assertThat(techs.subList(1, techs.size() - 1)).extracting(
                m -> m.header("BridgeTechnology") + " " + m.header("BridgeType") + " " + m.header("BridgePriority")
                        + " " + m.header("BridgeSuspended"))
                .containsExactly("native_rtp Native 90 No", "simple_bridge 1to1Mix 50 No",
                        "holding_bridge Holding 50 No", "softmix MultiMix 10 No");
        // the ActionID comes last in each item (bridge.c manager_bridge_tech_list)
        assertThat(techs.get(1).headers().lines()).containsExactly("Event: BridgeTechnologyListItem",
                "BridgeTechnology: native_rtp", "BridgeType: Native", "BridgePriority: 90", "BridgeSuspended: No",
                "ActionID: t1");
        assertThat(techs.get(techs.size() - 1).header("ListItems")).isEqualTo("4");
        assertThat(a.request("Action: BridgeTechnologySuspend", "BridgeTechnology: SOFTMIX", "ActionID: s")
                .header("Message")).isEqualTo("Suspended bridge technology");
        assertThat(list(a, "Action: BridgeTechnologyList", "ActionID: t2")).anyMatch(
                m -> "softmix".equals(m.header("BridgeTechnology")) && "Yes".equals(m.header("BridgeSuspended")));
        assertThat(a.request("Action: BridgeTechnologyUnsuspend", "BridgeTechnology: softmix", "ActionID: u")
                .header("Message")).isEqualTo("Unsuspended bridge technology");
        assertThat(CallTests.error(a, "Action: BridgeTechnologySuspend")).isEqualTo("BridgeTechnology must be provided");
        assertThat(CallTests.error(a, "Action: BridgeTechnologyUnsuspend", "BridgeTechnology: teleport"))
                .isEqualTo("BridgeTechnology not found");
    }

    @Test
    void bridgeKickTakesTheCalleeOutAndTheTwoPartyBridgeDissolves() {
        AmiTestClient a = CallTests.login(sb);
        BobCall call = BobCall.start(sb, a);
        assertThat(CallTests.error(a, "Action: BridgeKick")).isEqualTo("Channel must be provided");
        assertThat(CallTests.error(a, "Action: BridgeKick", "Channel: nobody")).isEqualTo("Channel does not exist");
        assertThat(CallTests.error(a, "Action: BridgeKick", "Channel: " + call.originated))
                .isEqualTo("Channel is not in a bridge");
        assertThat(CallTests.error(a, "Action: BridgeKick", "Channel: " + call.callee, "BridgeUniqueid: nope"))
                .isEqualTo("Bridge not found");
        int from = a.messageCount();
        assertThat(a.request("Action: BridgeKick", "Channel: " + call.callee, "BridgeUniqueid: " + call.bridgeId,
                "ActionID: k").header("Message")).isEqualTo("Channel has been kicked");
        CallTests.advance(sb, Duration.ofSeconds(1));
        a.awaitMessage(from, m -> "Hangup".equals(m.header("Event")) && call.originated.equals(m.header("Channel")),
                AmiTestClient.DEFAULT_WAIT);
        assertThat(BobCall.log().describe(a.messagesSince(from))).containsSubsequence(
                "R Success Channel has been kicked",
                "VarSet bob;1 BRIDGEPEER=", "VarSet cb;2 BRIDGEPEER=", "BridgeLeave bob;1 1", "BridgeLeave cb;2 0",
                "VarSet cb;2 DIALSTATUS=ANSWER", "Hangup cb;2 cause 16", "BridgeDestroy", "Hangup bob;1 cause 16");
    }

    @Test
    void bridgeDestroyDissolvesTheBridge() {
        AmiTestClient a = CallTests.login(sb);
        BobCall call = BobCall.start(sb, a);
        assertThat(CallTests.error(a, "Action: BridgeDestroy")).isEqualTo("BridgeUniqueid must be provided");
        assertThat(CallTests.error(a, "Action: BridgeDestroy", "BridgeUniqueid: nope"))
                .isEqualTo("Specified BridgeUniqueid not found");
        int from = a.messageCount();
        assertThat(a.request("Action: BridgeDestroy", "BridgeUniqueid: " + call.bridgeId, "ActionID: d")
                .header("Message")).isEqualTo("Bridge has been destroyed");
        CallTests.advance(sb, Duration.ofSeconds(1));
        a.awaitMessage(from, m -> "Hangup".equals(m.header("Event")) && call.callee.equals(m.header("Channel")),
                AmiTestClient.DEFAULT_WAIT);
        assertThat(BobCall.log().describe(a.messagesSince(from))).containsSubsequence(
                "R Success Bridge has been destroyed",
                // every member is told to leave without dissolving again; each leaves in its own thread
                "VarSet bob;1 BRIDGEPEER=", "VarSet cb;2 BRIDGEPEER=", "BridgeLeave bob;1 1", "HangupRequest bob;2 cause 16",
                "Hangup bob;1 cause 16", "BridgeLeave cb;2 0", "VarSet cb;2 DIALSTATUS=ANSWER", "Hangup cb;2 cause 16",
                "BridgeDestroy");
    }

    @Test
    void theBridgeActionYanksTwoChannelsRunningDialplanIntoANewBridge() {
        AmiTestClient a = CallTests.login(sb);
        assertThat(CallTests.error(a, "Action: Bridge", "Channel1: x")).isEqualTo("Missing channel parameter in request");
        assertThat(CallTests.error(a, "Action: Bridge", "Channel1: nobody", "Channel2: x")).isEqualTo("Channel1 does not exist: nobody");
        int start = a.messageCount();
        a.request("Action: Originate", "Channel: Local/echo@default", "Context: default", "Exten: wait",
                "Priority: 1", "Async: true", "ActionID: o1");
        a.request("Action: Originate", "Channel: Local/echo@default", "Context: default", "Exten: wait",
                "Priority: 1", "Async: true", "ActionID: o2");
        CallTests.advance(sb, Duration.ofSeconds(2));
        CallTests.settle(sb, a);
        List<AmiMessage> responses = a.messagesSince(start).stream()
                .filter(m -> "OriginateResponse".equals(m.header("Event"))).toList();
        assertThat(responses).hasSize(2);
        String first = responses.get(0).header("Channel");
        String second = responses.get(1).header("Channel");
        String firstId = responses.get(0).header("Uniqueid");
        assertThat(CallTests.error(a, "Action: Bridge", "Channel1: " + first, "Channel2: nobody"))
                .isEqualTo("Channel2 does not exist: nobody");
        int from = a.messageCount();
        // Channel1 and Channel2 are matched by name prefix
        assertThat(a.request("Action: Bridge", "Channel1: " + first, "Channel2: " + second.substring(0, second.length() - 1),
                "ActionID: b").header("Message")).isEqualTo("Channels have been bridged");
        CallTests.advance(sb, Duration.ofMillis(500));
        CallTests.settle(sb, a);
        CallLog log = new CallLog().alias("Surrogate/" + first.substring(0, first.length() - 2), "S1")
                .alias("Surrogate/" + second.substring(0, second.length() - 2), "S2")
                .alias(first.substring(0, first.length() - 2), "A").alias(second.substring(0, second.length() - 2), "B");
        List<AmiMessage> msgs = a.messagesSince(from);
        assertThat(log.describe(msgs)).containsExactly(
                "R Success Channels have been bridged",
                "BridgeCreate",
                // ast_channel_yank: the surrogate takes A;1 over; the old one runs out and hangs up
                "Newchannel S1;1", "SoftHangupRequest S1;1 cause 16", "Hangup S1;1 cause 0",
                "BridgeEnter A;1 1",
                "Newchannel S2;1", "SoftHangupRequest S2;1 cause 16", "Hangup S2;1 cause 0",
                "BridgeEnter B;1 2",
                "VarSet A;1 BRIDGEPEER=B;1", "VarSet B;1 BRIDGEPEER=A;1");
        AmiMessage enterB = msgs.stream().filter(m -> "BridgeEnter".equals(m.header("Event"))
                && second.equals(m.header("Channel"))).findFirst().orElseThrow();
        // both members have the oldest linkedid; each comes back after the bridge to its next priority
        assertThat(enterB.header("Linkedid")).isEqualTo(firstId);
        assertThat(enterB.header("Priority")).isEqualTo("3");
        from = a.messageCount();
        a.request("Action: BridgeKick", "Channel: " + first, "ActionID: k");
        CallTests.advance(sb, Duration.ofSeconds(1));
        a.awaitMessage(from, m -> "Hangup".equals(m.header("Event")) && second.equals(m.header("Channel")),
                AmiTestClient.DEFAULT_WAIT);
        assertThat(log.describe(a.messagesSince(from))).containsSubsequence(
                "BridgeLeave A;1 1", "BridgeLeave B;1 0", "BridgeDestroy",
                "Newexten B;1 wait Hangup", "Newexten A;1 wait Hangup");
    }

    // ---- helpers ----

    private static List<AmiMessage> list(AmiTestClient a, String... lines) {
        int from = a.messageCount();
        a.send(lines);
        String id = "";
        for (String l : lines) {
            if (l.startsWith("ActionID: ")) {
                id = l.substring(10);
            }
        }
        String actionId = id;
        AmiMessage done = a.awaitMessage(from, m -> m.header("Event").endsWith("Complete")
                && actionId.equals(m.header("ActionID")), AmiTestClient.DEFAULT_WAIT);
        List<AmiMessage> all = a.messagesSince(from);
        return all.stream().filter(m -> actionId.equals(m.header("ActionID")))
                .toList().subList(0, all.stream().filter(m -> actionId.equals(m.header("ActionID"))).toList()
                        .indexOf(done) + 1);
    }
}
