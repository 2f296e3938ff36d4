package org.switchboard.testkit.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.testkit.capture.StreamKey.Kind;

/** Which stream a captured block keeps its order in. */
class StreamClassifierTest {
    private final StreamClassifier classifier = new StreamClassifier();

    private StreamKey key(String... lines) {
        return classifier.classify(List.of(lines));
    }

    @Test
    void channelEventsGoByTheirChannel() {
        assertThat(key("Event: Newexten", "Channel: Local/s@default-0000084b;2", "Uniqueid: 1795347864.4914",
                "Linkedid: 1795347864.4913")).isEqualTo(new StreamKey(Kind.ENTITY, "1795347864.4914"));
    }

    @Test
    void dialEventsGoByTheCallerOrElseTheDestination() {
        // stasis_channels.c ast_channel_publish_dial_internal: published on "caller ?: peer"
        assertThat(key("Event: DialBegin", "Channel: PJSIP/a-01", "Uniqueid: 1795347864.1", "DestChannel: Local/s@default-0000084b;1",
                "DestUniqueid: 1795347864.4913")).isEqualTo(new StreamKey(Kind.ENTITY, "1795347864.1"));
        assertThat(key("Event: DialEnd", "DestChannel: Local/s@default-0000084b;1", "DestUniqueid: 1795347864.4913",
                "DialStatus: ANSWER")).isEqualTo(new StreamKey(Kind.ENTITY, "1795347864.4913"));
    }

    @Test
    void localBridgeGoesByTheFirstHalfAndBridgeEventsByTheBridge() {
        assertThat(key("Event: LocalBridge", "LocalOneChannel: Local/s@default-0000084b;1", "LocalOneUniqueid: 1795347864.4913",
                "LocalTwoUniqueid: 1795347864.4914")).isEqualTo(new StreamKey(Kind.ENTITY, "1795347864.4913"));
        assertThat(key("Event: BridgeEnter", "BridgeUniqueid: 5780b155-e1bf-4f2c-9c76-698047ec7a4d", "BridgeType: basic",
                "Channel: Local/s@default-0000084b;2", "Uniqueid: 1795347864.4914"))
                .isEqualTo(new StreamKey(Kind.ENTITY, "5780b155-e1bf-4f2c-9c76-698047ec7a4d"));
    }

    @Test
    void callRecordsGoByChannelAndLinkedIdEndByLinkedId() {
        assertThat(key("Event: CEL", "EventName: HANGUP", "UniqueID: 1795347864.4914", "LinkedID: 1795347864.4913"))
                .isEqualTo(new StreamKey(Kind.CEL, "1795347864.4914"));
        assertThat(key("Event: CEL", "EventName: LINKEDID_END", "UniqueID: 1795347864.4914", "LinkedID: 1795347864.4913"))
                .isEqualTo(new StreamKey(Kind.LINKEDID_END, "1795347864.4913"));
        assertThat(key("Event: Cdr", "Channel: Local/s@default-0000084b;1", "UniqueID: 1795347864.4913"))
                .isEqualTo(new StreamKey(Kind.CDR, "1795347864.4913"));
        assertThat(key("Event: DeviceStateChange", "Device: Local/s@default", "State: INUSE"))
                .isEqualTo(new StreamKey(Kind.DEVICE, "Local/s@default"));
    }

    @Test
    void listsAreRepliesUntilTheirCompleteEvent() {
        assertThat(key("Response: Success", "ActionID: st", "EventList: start", "Message: Channel status will follow"))
                .isEqualTo(new StreamKey(Kind.REPLIES, null));
        assertThat(key("Event: Status", "ActionID: st", "Channel: Local/s@default-0000084b;1", "Uniqueid: 1795347864.4913"))
                .isEqualTo(new StreamKey(Kind.REPLIES, null));
        assertThat(key("Event: StatusComplete", "ActionID: st", "EventList: Complete", "ListItems: 1"))
                .isEqualTo(new StreamKey(Kind.REPLIES, null));
        // the list is over: an event with that ActionID now answers the action on its own
        assertThat(key("Event: OriginateResponse", "ActionID: st", "Channel: Local/s@default-0000084b;1",
                "Uniqueid: 1795347864.4913")).isEqualTo(new StreamKey(Kind.ACTION, "st"));
    }

    @Test
    void everythingElseIsOneStream() {
        assertThat(key("Asterisk Call Manager/11.0.0")).isEqualTo(new StreamKey(Kind.REPLIES, null));
        assertThat(key("Event: FullyBooted", "Privilege: system,all")).isEqualTo(new StreamKey(Kind.MISC, null));
        assertThat(key("Event: UserEvent", "Privilege: user,all", "UserEvent: T1")).isEqualTo(new StreamKey(Kind.MISC, null));
    }
}
