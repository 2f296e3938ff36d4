package org.switchboard.testkit.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Blocks come out the same however the server's bytes were chunked. */
class BlockReaderTest {
    private static final String BANNER = "Asterisk Call Manager/11.0.0\r\n";
    private static final String REPLY = "Response: Success\r\nActionID: a-1\r\nMessage: Authentication accepted\r\n\r\n";
    private static final String EVENT = "Event: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n";

    @Test
    void everySplitGivesTheSameBlocks() {
        String wire = BANNER + REPLY + EVENT;
        for (int cut = 0; cut <= wire.length(); cut++) {
            BlockReader r = new BlockReader();
            List<String> got = new ArrayList<>(r.feed(wire.substring(0, cut)));
            got.addAll(r.feed(wire.substring(cut)));
            assertThat(got).as("cut at %d", cut).containsExactly(BANNER, REPLY, EVENT);
            assertThat(r.leftover()).isEmpty();
        }
    }

    @Test
    void anUnfinishedBlockWaits() {
        BlockReader r = new BlockReader();
        assertThat(r.feed(REPLY + "Event: Fully")).containsExactly(REPLY);
        assertThat(r.leftover()).isEqualTo("Event: Fully");
    }

    @Test
    void linesLeaveOutTheLineEndsAndTheBlankLine() {
        assertThat(BlockReader.lines(REPLY)).containsExactly("Response: Success", "ActionID: a-1", "Message: Authentication accepted");
        assertThat(BlockReader.lines(BANNER)).containsExactly("Asterisk Call Manager/11.0.0");
    }
}
