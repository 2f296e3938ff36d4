package org.switchboard.pbx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.time.VirtualClock;

class CoreLoopTimerTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CoreLoop core = new CoreLoop(clock);

    @AfterEach
    void stop() {
        core.close();
    }

    private Cancellable schedule(Duration delay, Runnable task) {
        return core.submit(() -> core.schedule(delay, task)).join();
    }

    @Test
    void timersRunInDueOrderAndACancelledOneNever() {
        List<String> ran = new ArrayList<>();
        schedule(Duration.ofSeconds(2), () -> ran.add("two"));
        Cancellable cancelled = schedule(Duration.ofSeconds(1), () -> ran.add("cancelled"));
        schedule(Duration.ofMillis(500), () -> ran.add("half"));
        core.submit(() -> {
            cancelled.cancel();
            return null;
        }).join();

        clock.advance(Duration.ofSeconds(3)).join();

        assertThat(core.submit(() -> List.copyOf(ran)).join()).containsExactly("half", "two");
    }

    /** A timer whose task holds the only strong reference to an object; its weak reference. */
    private record HeldByTimer(Cancellable timer, WeakReference<Object> held) { }

    private HeldByTimer scheduleHolding(Duration delay) {
        Object captured = new byte[1 << 20];
        Cancellable timer = schedule(delay, () -> captured.hashCode());
        return new HeldByTimer(timer, new WeakReference<>(captured));
    }

    @Test
    void aCancelledTimerLetsGoOfItsTaskBeforeItsDueTime() {
        HeldByTimer t = scheduleHolding(Duration.ofSeconds(30));
        core.submit(() -> {
            t.timer().cancel();
            return null;
        }).join();

        // the timer is still queued (30 s ahead), but nothing reachable holds the task any more
        for (int i = 0; i < 10 && t.held().get() != null; i++) {
            System.gc();
        }
        assertThat(t.held().get()).isNull();
    }

    @Test
    void aPendingTimerKeepsItsTask() {
        HeldByTimer t = scheduleHolding(Duration.ofSeconds(30));
        System.gc();
        assertThat(t.held().get()).isNotNull();
    }
}
