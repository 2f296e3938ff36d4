package org.switchboard.pbx.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.event.BlindTransferred;
import org.switchboard.pbx.event.DtmfReceived;
import org.switchboard.pbx.event.PbxEvent;

/**
 * DTMF in a basic bridge (bridge_channel.c bridge_handle_dtmf / ast_bridge_channel_feature_digit,
 * bridge_basic.c's builtin features): feature codes granted to a channel are matched, anything else
 * passes through to the other member.
 */
class DtmfFeaturesTest {
    private static final String DIALPLAN = "[default]\nexten => 100,1,Wait(60)\nexten => 1001,1,Wait(60)\n";
    private final PbxHarness h = new PbxHarness(DIALPLAN);

    @AfterEach
    void close() {
        h.close();
    }

    private Bridge bridge(SimChannel a, SimChannel b) {
        Bridge bridge = h.onCore(() -> h.pbx.bridges().createBasic());
        h.run(() -> {
            bridge.impart(a, null, null, false);
            bridge.impart(b, null, null, false);
        });
        return bridge;
    }

    private void dial(SimChannel c, String digits) {
        h.run(() -> {
            for (char d : digits.toCharArray()) {
                c.queueFrame(Frame.dtmfBegin(d));
                c.queueFrame(Frame.dtmfEnd(d, 100));
            }
        });
    }

    @Test
    void digitsWithoutAFeaturePassThroughToTheOtherMember() {
        SimChannel a = h.localOwner("a@default");
        SimChannel b = h.localOwner("b@default");
        bridge(a, b);
        int from = h.mark();
        dial(a, "5");
        // (b's Local technology then passes the digit on to its ;2 half)
        assertThat(dtmf(h.events(from))).startsWith(
                a.name() + " begin 5 received", a.name() + " end 5 received",
                b.name() + " begin 5 sent", b.name() + " end 5 sent");
    }

    @Test
    void theDisconnectCodeTakesTheChannelOutAndEndsTheCall() {
        SimChannel a = h.localOwner("a@default");
        SimChannel b = h.localOwner("b@default");
        h.run(() -> CallFeature.grant(a, EnumSet.of(CallFeature.DISCONNECT)));
        Bridge bridge = bridge(a, b);
        int from = h.mark();
        dial(a, "*");
        // the feature code is eaten, nothing reaches b
        assertThat(dtmf(h.events(from))).noneMatch(s -> s.startsWith(b.name()));
        assertThat(bridge.dissolved()).isTrue();
        assertThat(h.since(from)).containsSubsequence("Leave " + a.name() + " 1", "Leave " + b.name() + " 0");
        assertThat(a.hangupCause()).isEqualTo(16);
    }

    @Test
    void aPartialFeatureCodeTimesOutAndPassesThrough() {
        h.onCore(() -> {
            h.pbx.bridges().features(new FeaturesConfig("##", "*", "", "", "", 1000, 3000, 3, "*1"));
            return null;
        });
        SimChannel a = h.localOwner("a@default");
        SimChannel b = h.localOwner("b@default");
        h.run(() -> CallFeature.grant(a, EnumSet.of(CallFeature.REDIRECT)));
        bridge(a, b);
        int from = h.mark();
        dial(a, "#");
        assertThat(dtmf(h.events(from))).noneMatch(s -> s.startsWith(b.name()));
        h.advance(Duration.ofMillis(1000));
        assertThat(dtmf(h.events(from))).contains(b.name() + " begin # sent", b.name() + " end # sent");
    }

    @Test
    void theBlindTransferCodeCollectsAnExtensionAndTransfersTheOtherMember() {
        SimChannel a = h.localOwner("a@default");
        SimChannel b = h.localOwner("b@default");
        h.run(() -> CallFeature.grant(a, EnumSet.of(CallFeature.REDIRECT)));
        Bridge bridge = bridge(a, b);
        int from = h.mark();
        dial(a, "#");
        assertThat(h.since(from)).containsExactly("Hold " + a.name());
        dial(a, "10");
        assertThat(bridge.dissolved()).isFalse();
        // "100" matches more ("1001"): the transferer waits for another digit, then times out
        dial(a, "0");
        assertThat(h.events(from)).noneMatch(e -> e instanceof BlindTransferred);
        h.advance(Duration.ofMillis(3000));
        List<PbxEvent> events = h.events(from);
        BlindTransferred t = (BlindTransferred) events.stream().filter(e -> e instanceof BlindTransferred)
                .findFirst().orElseThrow();
        assertThat(t.result()).isEqualTo("Success");
        assertThat(t.external()).isFalse();
        assertThat(t.exten()).isEqualTo("100");
        assertThat(t.context()).isEqualTo("default");
        h.settle();
        assertThat(bridge.dissolved()).isTrue();
        assertThat(b.isHungUp()).isFalse();
        assertThat(b.exten()).isEqualTo("100");
        assertThat(b.application()).isEqualTo("Wait");
        assertThat(a.isHungUp()).isTrue();
        assertThat(h.since(from)).containsSubsequence("Hold " + a.name(), "Unhold " + a.name(),
                "VarSet " + b.name() + " BLINDTRANSFER=" + a.name());
        assertThat(dtmf(events)).noneMatch(s -> s.startsWith(b.name()));
    }

    private static List<String> dtmf(List<PbxEvent> events) {
        return events.stream().filter(e -> e instanceof DtmfReceived).map(e -> (DtmfReceived) e)
                .map(d -> d.channel().name() + (d.end() ? " end " : " begin ") + d.digit()
                        + (d.received() ? " received" : " sent"))
                .toList();
    }
}
