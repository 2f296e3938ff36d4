package org.switchboard.pbx.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.event.BridgeCreated;
import org.switchboard.pbx.event.BridgeDestroyed;
import org.switchboard.pbx.event.PbxEvent;

/** The bridging core on its own (bridge.c, bridge_channel.c, bridge_basic.c). */
class BridgeCoreTest {
    private static final String DIALPLAN = "[default]\nexten => park,1,Wait(60)\n";
    private final PbxHarness h = new PbxHarness(DIALPLAN);

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aThirdMemberGetsACommaListAndTheTechnologySwitchesToSoftmix() {
        SimChannel a = h.localOwner("a@default");
        SimChannel b = h.localOwner("b@default");
        SimChannel c = h.localOwner("c@default");
        Bridge bridge = h.onCore(() -> h.pbx.bridges().createBasic());
        int from = h.mark();
        h.run(() -> {
            bridge.impart(a, null, null, false);
            bridge.impart(b, null, null, false);
        });
        assertThat(bridge.technology()).isEqualTo("simple_bridge");
        h.run(() -> bridge.impart(c, null, null, false));
        assertThat(bridge.technology()).isEqualTo("softmix");
        assertThat(h.since(from)).containsSubsequence(
                "Enter " + a.name() + " 1", "Enter " + b.name() + " 2",
                "VarSet " + a.name() + " BRIDGEPEER=" + b.name(), "VarSet " + b.name() + " BRIDGEPEER=" + a.name(),
                "Enter " + c.name() + " 3",
                "VarSet " + a.name() + " BRIDGEPEER=" + b.name() + "," + c.name(),
                "VarSet " + b.name() + " BRIDGEPEER=" + a.name() + "," + c.name(),
                "VarSet " + c.name() + " BRIDGEPEER=" + a.name() + "," + b.name());
        // one of three hanging up leaves the other two bridged (basic_hangup_hook)
        int mid = h.mark();
        h.run(() -> BridgeChannel.of(c).kick(0));
        assertThat(bridge.dissolved()).isFalse();
        assertThat(bridge.channels()).containsExactly(a, b);
        assertThat(bridge.technology()).isEqualTo("simple_bridge");
        assertThat(h.since(mid)).contains("Leave " + c.name() + " 2", "Hangup " + c.name());
        // with two left, a hangup dissolves the bridge
        h.run(() -> BridgeChannel.of(a).kick(0));
        assertThat(bridge.dissolved()).isTrue();
        assertThat(a.isHungUp()).isTrue();
        assertThat(b.isHungUp()).isTrue();
        List<PbxEvent> all = h.events(from);
        assertThat(all.stream().filter(e -> e instanceof BridgeDestroyed)).hasSize(1);
        assertThat(h.pbx.bridges().find(bridge.uniqueId())).isEmpty();
    }

    @Test
    void aHangupSourceReachesTheBridgePeerAndIsNotReplaced() {
        SimChannel a = h.localOwner("a@default");
        SimChannel b = h.localOwner("b@default");
        SimChannel alone = h.localOwner("c@default");
        Bridge bridge = h.onCore(() -> h.pbx.bridges().createBasic());
        h.run(() -> {
            bridge.impart(a, null, null, false);
            bridge.impart(b, null, null, false);
        });
        // channel.c ast_set_hangupsource(chan, source, 0): the two-party bridge's other member too
        h.run(() -> a.setHangupSource("PJSIP/a-1"));
        h.run(() -> b.setHangupSource("dialplan/builtin"));
        h.run(() -> alone.setHangupSource("dialplan/builtin"));
        assertThat(a.hangupSource()).isEqualTo("PJSIP/a-1");
        assertThat(b.hangupSource()).isEqualTo("PJSIP/a-1");
        assertThat(alone.hangupSource()).isEqualTo("dialplan/builtin");
    }

    @Test
    void aFreshSnapshotShowsWhatIsNotPublishedYetAndPublishesNothing() {
        SimChannel a = h.localOwner("a@default");
        int from = h.mark();
        var fresh = h.onCore(() -> {
            a.setExten("");
            return a.freshSnapshot();
        });
        assertThat(fresh.exten()).isEmpty();
        assertThat(a.snapshot().exten()).isEqualTo("a");
        assertThat(h.events(from)).isEmpty();
    }

    @Test
    void membersAdoptTheOldestLinkedidAndEachOthersAccountCode() {
        SimChannel older = h.localOwner("a@default");
        SimChannel newer = h.localOwner("b@default");
        h.run(() -> {
            older.setAccountCode("acct-a");
            newer.setAccountCode("");
        });
        assertThat(newer.linkedId()).isNotEqualTo(older.linkedId());
        Bridge bridge = h.onCore(() -> h.pbx.bridges().createBasic());
        h.run(() -> {
            bridge.impart(newer, null, null, false);
            bridge.impart(older, null, null, false);
        });
        assertThat(newer.linkedId()).isEqualTo(older.linkedId());
        assertThat(newer.accountCode()).isEmpty();
        assertThat(newer.peerAccount()).isEqualTo("acct-a");
        assertThat(older.peerAccount()).isEmpty();
        assertThat(newer.snapshot().bridgeId()).isEqualTo(bridge.uniqueId());
        h.run(() -> bridge.destroy(0));
        assertThat(newer.isHungUp()).isTrue();
    }

    @Test
    void bridgeDestroyComesOnceTheMembersHaveLeftAndTheManagerUnlinkedIt() {
        SimChannel a = h.localOwner("a@default");
        SimChannel b = h.localOwner("b@default");
        int from = h.mark();
        Bridge bridge = h.onCore(() -> {
            Bridge br = h.pbx.bridges().createBasic();
            br.impart(a, null, null, false);
            br.impart(b, null, null, false);
            br.destroy(0);
            return br;
        });
        h.settle();
        List<PbxEvent> events = h.events(from);
        assertThat(events.get(0)).isInstanceOf(BridgeCreated.class);
        int destroyed = indexOf(events, BridgeDestroyed.class);
        assertThat(destroyed).isGreaterThan(0);
        assertThat(((BridgeDestroyed) events.get(destroyed)).bridge().numChannels()).isZero();
        assertThat(h.since(from)).containsSubsequence("Leave " + a.name() + " 1", "Leave " + b.name() + " 0");
        assertThat(bridge.channels()).isEmpty();
    }

    @Test
    void anEmptyBridgeDestroyedIsDestroyedOnceTheManagerUnlinksIt() {
        int from = h.mark();
        Bridge bridge = h.onCore(() -> {
            Bridge br = h.pbx.bridges().createBasic();
            br.destroy(0);
            // the bridge manager has not run yet: still listed, not destroyed
            assertThat(h.pbx.bridges().find(br.uniqueId())).isPresent();
            return br;
        });
        h.settle();
        assertThat(h.events(from)).hasSize(2);
        assertThat(h.events(from).get(1)).isInstanceOf(BridgeDestroyed.class);
        assertThat(bridge.dissolved()).isTrue();
        assertThat(h.pbx.bridges().find(bridge.uniqueId())).isEmpty();
    }

    @Test
    void aLocalHalfCannotJoinTheBridgeItsOtherHalfIsIn() {
        SimChannel one = h.localOwner("park@default");
        SimChannel two = h.onCore(() -> ((org.switchboard.pbx.local.LocalDriver) h.pbx.driver("Local").orElseThrow())
                .otherHalf(one));
        Bridge bridge = h.onCore(() -> h.pbx.bridges().createBasic());
        int from = h.mark();
        h.run(() -> {
            bridge.impart(one, null, null, false);
            bridge.impart(two, null, null, false);
        });
        // the refused ;2 has no after-bridge location: it is hung up, and ;1 then reads the hangup
        assertThat(h.since(from)).containsSubsequence("Enter " + one.name() + " 1", "Hangup " + two.name(),
                "Leave " + one.name() + " 0", "Hangup " + one.name());
        assertThat(h.since(from)).doesNotContain("Enter " + two.name() + " 2");
    }

    @Test
    void holdFromOneMemberIsIndicatedToTheOtherAndEndedWhenItLeaves() {
        SimChannel a = h.localOwner("a@default");
        SimChannel b = h.localOwner("b@default/m");
        SimChannel bTwo = h.onCore(() -> ((org.switchboard.pbx.local.LocalDriver) h.pbx.driver("Local")
                .orElseThrow()).otherHalf(b));
        List<String> seenByB = new java.util.ArrayList<>();
        h.run(() -> bTwo.reader((c, f) -> {
            if (f.kind() == org.switchboard.pbx.channel.Frame.Kind.CONTROL) {
                seenByB.add(f.control().name());
            }
        }));
        Bridge bridge = h.onCore(() -> h.pbx.bridges().createBasic());
        h.run(() -> {
            bridge.impart(a, null, null, false);
            bridge.impart(b, null, null, false);
        });
        int from = h.mark();
        h.run(() -> org.switchboard.pbx.channel.Holds.queueHold(a, "default"));
        assertThat(h.since(from)).containsExactly("Hold " + a.name());
        // b's Local technology (with /m, no music on hold of its own) passes the HOLD to its ;2 half
        assertThat(seenByB).containsExactly("HOLD");
        // leaving the bridge on hold, b is taken off hold (bridge_channel_internal_join's end)
        h.run(() -> bridge.kick(b));
        assertThat(seenByB).containsExactly("HOLD", "UNHOLD");
    }

    private static int indexOf(List<PbxEvent> events, Class<?> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
