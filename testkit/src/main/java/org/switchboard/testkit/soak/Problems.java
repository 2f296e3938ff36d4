package org.switchboard.testkit.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What went wrong during a soak (a lost reply, an event out of order, a channel left over): all
 * are counted, the first few are kept word for word, so a broken server cannot fill the heap the
 * soak is measuring.
 */
final class Problems {
    private static final int KEPT = 20;

    private final List<String> first = new ArrayList<>();
    private final AtomicLong count = new AtomicLong();

    void add(String problem) {
        count.incrementAndGet();
        synchronized (first) {
            if (first.size() < KEPT) {
                first.add(problem);
            }
        }
    }

    long count() {
        return count.get();
    }

    /** The first problems, and how many more there were. */
    List<String> describe() {
        List<String> out;
        synchronized (first) {
            out = new ArrayList<>(first);
        }
        long more = count.get() - out.size();
        if (more > 0) {
            out.add("... and " + more + " more");
        }
        return out;
    }
}
