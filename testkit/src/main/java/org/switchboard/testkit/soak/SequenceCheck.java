package org.switchboard.testkit.soak;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.switchboard.protocol.AmiMessage;

/**
 * Counts one session's UserEvents of one name and checks that their {@code Seq} headers come
 * 0, 1, 2, ... (spec 01 §2.5: a session gets events in the order they were raised).
 */
final class SequenceCheck implements Consumer<AmiMessage> {
    private final String userEvent;
    private final String who;
    private final Problems problems;
    private final AtomicLong received = new AtomicLong();
    private long expected;

    SequenceCheck(String userEvent, String who, Problems problems) {
        this.userEvent = userEvent;
        this.who = who;
        this.problems = problems;
    }

    /** Called on the session's reader thread only. */
    @Override
    public void accept(AmiMessage m) {
        if (!userEvent.equals(m.header("UserEvent"))) {
            return;
        }
        long seq = Long.parseLong(m.header("Seq"));
        if (seq != expected) {
            problems.add(who + " got Seq " + seq + " where " + expected + " was due");
        }
        expected = seq + 1;
        received.incrementAndGet();
    }

    long received() {
        return received.get();
    }
}
