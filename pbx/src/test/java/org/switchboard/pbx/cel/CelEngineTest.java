package org.switchboard.pbx.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.event.BlindTransferred;
import org.switchboard.pbx.event.LocalOptimizationFinished;
import org.switchboard.pbx.event.LocalOptimizationStarted;
import org.switchboard.pbx.cdr.CallRecordsBed;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.event.DialStatusChanged;

/** The CEL engine (main/cel.c), fed with the events the PBX publishes. */
class CelEngineTest {
    private static final long ALL = -1L;
    private final CallRecordsBed bed = new CallRecordsBed();

    @AfterEach
    void close() {
        bed.close();
    }

    private void events(long mask, String... apps) {
        bed.onCore(() -> bed.cel.settings(new CelSettings(true, "", Set.of(apps), mask)));
    }

    private static long mask(CelEventType... types) {
        long m = 0;
        for (CelEventType t : types) {
            m |= t.bit();
        }
        return m;
    }

    @Test
    void aLocalPairFromStartToLinkedIdEnd() {
        events(ALL);
        CallRecordsBed.Chan one = bed.channel("Local/s@default-00000000;1", ChannelState.DOWN);
        CallRecordsBed.Chan two = bed.channel("Local/s@default-00000000;2", ChannelState.RING, one.linkedId);
        two.exec("Answer", "");
        two.answer();
        one.answer();
        one.hangupSource = "dialplan/builtin";
        one.hangup(HangupCause.NORMAL_CLEARING);
        two.hangup(0);

        assertThat(bed.celSummary()).containsExactly(
                "CHAN_START Local/s@default-00000000;1", "CHAN_START Local/s@default-00000000;2",
                "ANSWER Local/s@default-00000000;2", "ANSWER Local/s@default-00000000;1",
                "HANGUP Local/s@default-00000000;1", "CHAN_END Local/s@default-00000000;1",
                "HANGUP Local/s@default-00000000;2", "CHAN_END Local/s@default-00000000;2",
                "LINKEDID_END Local/s@default-00000000;2");
        CelRecord hangup = bed.cels().get(4);
        assertThat(hangup.extra()).isEqualTo("{\"hangupcause\":16,\"hangupsource\":\"dialplan/builtin\",\"dialstatus\":\"\"}");
        assertThat(hangup.application()).isEqualTo("");
        assertThat(hangup.linkedId()).isEqualTo(one.uniqueId);
        CelRecord answer = bed.cels().get(2);
        assertThat(answer.application()).isEqualTo("Answer");
        assertThat(answer.eventTime()).isEqualTo(CallRecordsBed.START);
        assertThat(answer.amaFlags()).isEqualTo(3);
        assertThat(bed.cels().get(0).extra()).isEmpty();
    }

    @Test
    void onlyTrackedEventsAreReportedButLinkedIdsAreCountedAnyway() {
        events(mask(CelEventType.HANGUP, CelEventType.LINKEDID_END));
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.RING);
        CallRecordsBed.Chan b = bed.channel("PJSIP/b-2", ChannelState.DOWN, a.linkedId);
        b.answer();
        a.hangup(0);
        b.hangup(0);
        assertThat(bed.celSummary()).containsExactly("HANGUP PJSIP/a-1", "HANGUP PJSIP/b-2", "LINKEDID_END PJSIP/b-2");
    }

    @Test
    void withoutLinkedIdEndThereIsNoCounting() {
        events(mask(CelEventType.CHANNEL_START, CelEventType.CHANNEL_END));
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.RING);
        a.hangup(0);
        assertThat(bed.celSummary()).containsExactly("CHAN_START PJSIP/a-1", "CHAN_END PJSIP/a-1");
    }

    @Test
    void aChangedLinkedIdMovesTheReference() {
        events(mask(CelEventType.LINKEDID_END));
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.UP);
        CallRecordsBed.Chan b = bed.channel("PJSIP/b-2", ChannelState.UP);
        String old = b.linkedId;
        b.linkedId = a.linkedId;
        b.publish();
        a.hangup(0);
        b.hangup(0);
        // b's own linkedid ends when b leaves it; a's when the last of a and b is gone
        assertThat(bed.cels()).extracting(CelRecord::linkedId, CelRecord::channelName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(old, "PJSIP/b-2"),
                        org.assertj.core.groups.Tuple.tuple(a.uniqueId, "PJSIP/b-2"));
    }

    @Test
    void applicationsAreTrackedByLowerCaseNameOnly() {
        events(mask(CelEventType.APP_START, CelEventType.APP_END), "dial", "echo");
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.RING);
        a.exec("Dial", "PJSIP/b");
        a.exec("Answer", "");
        a.exec("Echo", "");
        a.app = "";
        a.publish();
        assertThat(bed.cels()).extracting(r -> r.eventName() + " " + r.application())
                .containsExactly("APP_START Dial", "APP_END Dial", "APP_START Echo", "APP_END Echo");
    }

    @Test
    void appsAllIsTakenLiterally() {
        events(ALL, "all");
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.RING);
        a.exec("Answer", "");
        assertThat(bed.celSummary()).containsExactly("CHAN_START PJSIP/a-1");
    }

    @Test
    void theCallersDialStatusGoesIntoItsHangupRecord() {
        events(mask(CelEventType.HANGUP));
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.RING);
        CallRecordsBed.Chan b = bed.channel("PJSIP/b-2", ChannelState.DOWN, a.linkedId);
        CallRecordsBed.Chan c = bed.channel("PJSIP/c-3", ChannelState.DOWN, a.linkedId);
        bed.dialStatus(a, b, "RINGING");
        bed.dialStatus(a, b, "NOANSWER");
        bed.dialStatus(a, c, "ANSWER");
        bed.dialStatus(null, c, "BUSY");
        a.hangup(16);
        CallRecordsBed.Chan d = bed.channel("PJSIP/d-4", ChannelState.RING);
        bed.dialStatus(d, b, "BUSY");
        bed.dialStatus(d, c, "CONGESTION");
        d.hangup(17);
        assertThat(bed.cels()).extracting(CelRecord::extra).containsExactly(
                "{\"hangupcause\":16,\"hangupsource\":\"\",\"dialstatus\":\"ANSWER\"}",
                "{\"hangupcause\":17,\"hangupsource\":\"\",\"dialstatus\":\"BUSY\"}");
    }

    @Test
    void aForwardIsAnEventOfTheCaller() {
        events(ALL);
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.RING);
        CallRecordsBed.Chan b = bed.channel("PJSIP/b-2", ChannelState.DOWN, a.linkedId);
        bed.publish(new DialStatusChanged(a.snapshot, b.snapshot, "Local/100@default", "CANCEL"));
        assertThat(bed.cels()).filteredOn(r -> r.type() == CelEventType.FORWARD)
                .extracting(CelRecord::channelName, CelRecord::extra)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PJSIP/a-1", "{\"forward\":\"Local/100@default\"}"));
    }

    @Test
    void bridgeEventsNameTheOtherMembersAsPeers() {
        events(mask(CelEventType.BRIDGE_ENTER, CelEventType.BRIDGE_EXIT));
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.UP);
        CallRecordsBed.Chan b = bed.channel("PJSIP/b-2", ChannelState.UP);
        CallRecordsBed.Chan c = bed.channel("PJSIP/c-3", ChannelState.UP);
        bed.enter(bed.bridge("b-1", "basic", "simple_bridge", a), a);
        bed.enter(bed.bridge("b-1", "basic", "simple_bridge", a, b), b);
        bed.enter(bed.bridge("b-1", "basic", "softmix", a, b, c), c);
        bed.leave(bed.bridge("b-1", "basic", "softmix", b, c), a);
        assertThat(bed.cels()).extracting(r -> r.eventName() + " " + r.channelName() + " [" + r.peer() + "]")
                .containsExactly("BRIDGE_ENTER PJSIP/a-1 []", "BRIDGE_ENTER PJSIP/b-2 [PJSIP/a-1]",
                        "BRIDGE_ENTER PJSIP/c-3 [PJSIP/a-1,PJSIP/b-2]", "BRIDGE_EXIT PJSIP/a-1 [PJSIP/b-2,PJSIP/c-3]");
        assertThat(bed.cels().get(1).extra()).isEqualTo("{\"bridge_id\":\"b-1\",\"bridge_technology\":\"simple_bridge\"}");
    }

    @Test
    void nothingWhileDisabledAndUserEventsWhenEnabled() {
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.UP);
        bed.onCore(() -> bed.cel.userEvent(a.snapshot, "MyEvent", "x"));
        a.answer();
        assertThat(bed.cels()).isEmpty();

        events(ALL);
        bed.onCore(() -> bed.cel.userEvent(a.snapshot, "MyEvent", "say \"hi\""));
        CelRecord r = bed.cels().get(0);
        assertThat(r.type()).isEqualTo(CelEventType.USER_DEFINED);
        assertThat(r.eventName()).isEqualTo("MyEvent");
        assertThat(r.extra()).isEqualTo("{\"extra\":\"say \\\"hi\\\"\"}");
    }

    @Test
    void extraTextIsEscapedAsJanssonDoesAndInvalidUtf8DropsIt() {
        events(mask(CelEventType.HANGUP));
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.UP);
        a.hangupSource = "a\\b\n\t\u0001/\u00c3\u00a9";
        a.hangup(0);
        CallRecordsBed.Chan b = bed.channel("PJSIP/b-2", ChannelState.UP);
        b.hangupSource = "caf\u00e9";
        b.hangup(0);
        assertThat(bed.cels()).extracting(CelRecord::extra).containsExactly(
                "{\"hangupcause\":0,\"hangupsource\":\"a\\\\b\\n\\t\\u0001/\u00c3\u00a9\",\"dialstatus\":\"\"}", "");
    }

    @Test
    void localOptimizationAndBlindTransferRecords() {
        events(ALL);
        CallRecordsBed.Chan one = bed.channel("Local/b@default-00000000;1", ChannelState.UP);
        CallRecordsBed.Chan two = bed.channel("Local/b@default-00000000;2", ChannelState.UP, one.linkedId);
        // the records follow the events the bridging core publishes; a failed transfer has none
        bed.publish(new LocalOptimizationStarted(one.snapshot, two.snapshot, null, false, 0));
        bed.publish(new LocalOptimizationFinished(one.snapshot, two.snapshot, true, 0));
        bed.publish(new BlindTransferred("Fail", two.snapshot, null, null, true, "default", "100"));
        bed.publish(new BlindTransferred("Success", two.snapshot, null,
                bed.bridge("b-1", "basic", "simple_bridge", two), true, "default", "100"));
        assertThat(bed.cels()).hasSize(5);
        assertThat(bed.cels().subList(2, 5)).extracting(r -> r.eventName() + " " + r.channelName() + " " + r.extra())
                .containsExactly(
                        "LOCAL_OPTIMIZE_BEGIN Local/b@default-00000000;1 {\"local_two\":\"Local/b@default-00000000;2\","
                                + "\"local_two_uniqueid\":\"" + two.uniqueId + "\"}",
                        "LOCAL_OPTIMIZE Local/b@default-00000000;1 {\"local_two\":\"Local/b@default-00000000;2\","
                                + "\"local_two_uniqueid\":\"" + two.uniqueId + "\"}",
                        "BLINDTRANSFER Local/b@default-00000000;2 {\"extension\":\"100\",\"context\":\"default\","
                                + "\"bridge_id\":\"b-1\",\"transferee_channel_name\":\"N/A\","
                                + "\"transferee_channel_uniqueid\":\"N/A\"}");
    }
}
