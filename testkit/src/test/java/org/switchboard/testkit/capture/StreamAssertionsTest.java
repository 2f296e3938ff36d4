package org.switchboard.testkit.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.testkit.capture.Script.cel;
import static org.switchboard.testkit.capture.Script.channelEvent;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The helper for PBX tests: one connection's text against the blocks Asterisk would send. */
class StreamAssertionsTest {
    private static final List<String> EXPECTED = List.of(
            cel("CHAN_START", "Local/s@default-0000084b;1", "1795347864.4913", "1795347864.4913"),
            cel("CHAN_START", "Local/s@default-0000084b;2", "1795347864.4914", "1795347864.4913"),
            channelEvent("Newchannel", "Local/s@default-0000084b;1", "1795347864.4913", "1795347864.4913", "Exten: s"),
            channelEvent("Newchannel", "Local/s@default-0000084b;2", "1795347864.4914", "1795347864.4913", "Exten: s"),
            channelEvent("Newexten", "Local/s@default-0000084b;1", "1795347864.4913", "1795347864.4913", "Application: AppDial2"));

    private static String wire(String... blocks) {
        StringBuilder b = new StringBuilder();
        for (String block : blocks) {
            b.append(StreamAssertions.normalize(block));
        }
        return b.toString();
    }

    @Test
    void otherIdentifiersAndAnotherInterleavingPass() {
        String received = wire(
                channelEvent("Newchannel", "Local/s@default-00000001;1", "1700000000.1", "1700000000.1", "Exten: s"),
                cel("CHAN_START", "Local/s@default-00000001;1", "1700000000.1", "1700000000.1"),
                channelEvent("Newchannel", "Local/s@default-00000001;2", "1700000000.2", "1700000000.1", "Exten: s"),
                channelEvent("Newexten", "Local/s@default-00000001;1", "1700000000.1", "1700000000.1", "Application: AppDial2"),
                cel("CHAN_START", "Local/s@default-00000001;2", "1700000000.2", "1700000000.1"));
        IdentityMap ids = StreamAssertions.assertBlocks(received, EXPECTED);
        assertThat(ids.live(IdKind.UNIQUEID, "1795347864.4914")).contains("1700000000.2");
        assertThat(ids.translate("Channel: Local/s@default-0000084b;2")).isEqualTo("Channel: Local/s@default-00000001;2");
    }

    @Test
    void oneChannelsOwnOrderMustHold() {
        String received = wire(
                cel("CHAN_START", "Local/s@default-00000001;1", "1700000000.1", "1700000000.1"),
                cel("CHAN_START", "Local/s@default-00000001;2", "1700000000.2", "1700000000.1"),
                channelEvent("Newchannel", "Local/s@default-00000001;2", "1700000000.2", "1700000000.1", "Exten: s"),
                channelEvent("Newexten", "Local/s@default-00000001;1", "1700000000.1", "1700000000.1", "Application: AppDial2"),
                channelEvent("Newchannel", "Local/s@default-00000001;1", "1700000000.1", "1700000000.1", "Exten: s"));
        assertThatThrownBy(() -> StreamAssertions.assertBlocks(received, EXPECTED))
                .hasMessageContaining("expected blocks, connection 'received': received block 4 (before any client chunk)"
                        + " fits no expected block.")
                .hasMessageContaining("Closest: stream 'events of 1795347864.4913' (Local/s@default-0000084b;1), block 1 of 2")
                .hasMessageContaining("line 1: expected 'Event: Newchannel', got 'Event: Newexten'");
    }

    @Test
    void everyExpectedBlockMustCome() {
        List<String> all = new ArrayList<>(EXPECTED);
        String received = wire(all.subList(0, 4).toArray(String[]::new));
        assertThatThrownBy(() -> StreamAssertions.assertBlocks(received, EXPECTED))
                .hasMessageContaining("stream 'events of 1795347864.4913' (Local/s@default-0000084b;1), block 2 of 2: not received");
    }

    @Test
    void eventsAfterTheExpectedOnesAreAllowed() {
        String received = wire(EXPECTED.toArray(String[]::new))
                + wire("Event: DeviceStateChange\nPrivilege: call,all\nDevice: Local/s@default\nState: INUSE");
        assertThat(StreamAssertions.assertBlocks(received, EXPECTED).bindings()).isNotEmpty();
    }

    @Test
    void expectedBlocksMayUseLineFeedsOnly() {
        assertThat(StreamAssertions.normalize("Event: A\nX: 1\n")).isEqualTo("Event: A\r\nX: 1\r\n\r\n");
        assertThat(StreamAssertions.normalize("Event: A\r\nX: 1\r\n\r\n")).isEqualTo("Event: A\r\nX: 1\r\n\r\n");
        assertThat(StreamAssertions.normalize("Asterisk Call Manager/11.0.0")).isEqualTo("Asterisk Call Manager/11.0.0\r\n");
    }
}
