package org.switchboard.testkit.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.switchboard.manager.session.SessionOutbound;

/**
 * The heap bound for slow consumers (issue 6; docs/hardening.md): a session stops reading with
 * a writetimeout that never fires while 100 000 events are published. The heap its backlog
 * takes stays within a small multiple of the per-session cap, it is closed when it passes the
 * cap, the reading session gets every event in order and the heap comes back. The measurement is
 * written to target/slow-consumer-heap.txt.
 */
class SlowConsumerHeapTest {
    private static final int STALLED = 1;
    /** Each queued byte is a slice of a shared rendered event plus its queue entry: well under 3 bytes of heap. */
    private static final double MAX_HEAP_PER_QUEUED_BYTE = 3.0;
    private static final long SLACK = 8L * 1024 * 1024;

    @Test
    void stalledSessionsHoldAtMostTheirCapAndGiveItBackWhenClosed() throws Exception {
        SlowConsumerProbe.Result r = SlowConsumerProbe.run(STALLED);
        Files.writeString(Path.of("target", "slow-consumer-heap.txt"), r.render(), StandardCharsets.UTF_8);

        assertThat(r.problems()).as(r.render()).isEmpty();
        assertThat(r.listenerEvents()).isEqualTo(SlowConsumerProbe.TOTAL_EVENTS);
        assertThat(r.closedStalled()).isEqualTo(STALLED);
        // the first round filled every stalled session's queue to most of its cap, no further
        assertThat(r.backlogBytes()).as(r.render())
                .isGreaterThan(STALLED * SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES / 2)
                .isLessThanOrEqualTo(STALLED * SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES);
        assertThat(r.holdingHeap() - r.baselineHeap()).as(r.render())
                .isLessThanOrEqualTo((long) (r.backlogBytes() * MAX_HEAP_PER_QUEUED_BYTE) + SLACK);
        assertThat(r.finalHeap()).as(r.render()).isLessThanOrEqualTo(r.baselineHeap() + SLACK);
    }
}
