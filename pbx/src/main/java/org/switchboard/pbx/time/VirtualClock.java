package org.switchboard.pbx.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A clock that stands still until {@link #advance(Duration)} moves it. Advancing runs every timer
 * that comes due, in time order and each at its own instant, on the core loop; the returned future
 * completes once the clock has reached the target and the work that the timers started has run.
 */
public final class VirtualClock implements Clock {
    private volatile Instant now;
    private volatile Function<Duration, CompletableFuture<Void>> advancer;

    public VirtualClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Starts at the current real time, truncated to whole milliseconds. */
    public static VirtualClock startingNow() {
        return new VirtualClock(Instant.ofEpochMilli(System.currentTimeMillis()));
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public boolean isVirtual() {
        return true;
    }

    /**
     * Moves time forward by {@code by}, firing due timers in order. Before a core loop is attached
     * the clock simply jumps.
     */
    public CompletableFuture<Void> advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time cannot go backwards: " + by);
        }
        Function<Duration, CompletableFuture<Void>> a = advancer;
        if (a == null) {
            now = now.plus(by);
            return CompletableFuture.completedFuture(null);
        }
        return a.apply(by);
    }

    /** Called by the core loop only, on its own thread, while it runs timers. */
    public void set(Instant instant) {
        if (instant.isBefore(now)) {
            throw new IllegalStateException("time cannot go backwards: " + now + " -> " + instant);
        }
        now = instant;
    }

    /** The core loop registers itself so that {@link #advance} runs timers. */
    public void attach(Function<Duration, CompletableFuture<Void>> advancer) {
        this.advancer = advancer;
    }
}
