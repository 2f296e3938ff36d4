package org.switchboard.pbx.time;

import java.time.Instant;

/**
 * Wall-clock time as the PBX sees it. Production uses {@link SystemClock}; tests and fast
 * simulation use {@link VirtualClock}, which only moves when told to, so a {@code Wait(30)} costs
 * no real time and Uniqueids and timestamps repeat run to run.
 */
public interface Clock {
    /** The current instant, with at least microsecond precision where the platform has it. */
    Instant now();

    /** Milliseconds since the epoch; the scheduler's time base. */
    default long millis() {
        return now().toEpochMilli();
    }

    /** True when time only moves through {@link VirtualClock#advance}. */
    default boolean isVirtual() {
        return false;
    }
}
