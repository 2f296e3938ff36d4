package org.switchboard.pbx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.time.SystemClock;
import org.switchboard.pbx.time.VirtualClock;

/**
 * Tasks handed over in one batch run in order, each as a task of its own; the end-of-burst hooks
 * run once a run of tasks is over, and at least every {@link CoreLoop#BURST_TASKS} tasks while
 * work keeps coming.
 */
class CoreLoopBurstTest {
    private final CoreLoop core = new CoreLoop(new VirtualClock(Instant.parse("2026-01-01T00:00:00Z")));

    @AfterEach
    void stop() {
        core.close();
    }

    /**
     * On the system clock, a timer's burst ends before the core waits again: its output (a failed
     * login's reply, one second after the request) must not wait for the next task to arrive.
     */
    @Test
    void aTimersBurstEndsBeforeTheCoreWaitsForMoreWork() throws Exception {
        CoreLoop real = new CoreLoop(SystemClock.INSTANCE);
        try {
            List<String> seen = new ArrayList<>();   // core thread only
            CountDownLatch fired = new CountDownLatch(1);
            real.addEndOfBurstHook(() -> {
                if (seen.contains("timer") && !seen.contains("burst end")) {
                    seen.add("burst end");
                }
            });
            real.execute(() -> real.schedule(Duration.ofMillis(20), () -> {
                seen.add("timer");
                fired.countDown();
            }));
            assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
            real.execute(() -> seen.add("next task"));

            assertThat(real.submit(() -> List.copyOf(seen)).join()).containsExactly("timer", "burst end", "next task");
        } finally {
            real.close();
        }
    }

    @Test
    void aBatchRunsInOrderWithTheEndOfTaskHooksAfterEachTask() {
        List<String> seen = new ArrayList<>();   // core thread only
        core.addEndOfTaskHook(() -> seen.add("hook"));
        Runnable[] batch = {() -> seen.add("a"), () -> seen.add("b"), () -> seen.add("c")};

        assertThat(core.executeInOrder(batch)).isTrue();

        List<String> after = core.submit(() -> List.copyOf(seen)).join();
        // the batch itself is a task too, hence one more hook after "c"'s
        assertThat(after.subList(0, 6)).containsExactly("a", "hook", "b", "hook", "c", "hook");
    }

    @Test
    void aFullQueueRefusesTheWholeBatch() throws Exception {
        CoreLoop small = new CoreLoop(new VirtualClock(Instant.EPOCH), 1);
        try {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            List<String> ran = new ArrayList<>();
            small.execute(() -> {
                running.countDown();
                await(release);
            });
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            CountDownLatch filledRan = new CountDownLatch(1);
            assertThat(small.execute(() -> {
                ran.add("fills the queue");
                filledRan.countDown();
            })).isTrue();

            assertThat(small.executeInOrder(new Runnable[] {() -> ran.add("refused")})).isFalse();

            release.countDown();
            assertThat(filledRan.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(small.submit(() -> List.copyOf(ran)).join()).containsExactly("fills the queue");
        } finally {
            small.close();
        }
    }

    @Test
    void theEndOfBurstHooksRunWithinEveryBurstOfTasksAndOnceTheRunIsOver() throws Exception {
        int queued = 3 * CoreLoop.BURST_TASKS;
        List<Integer> burstEnds = new ArrayList<>();   // tasks run when each burst ended; core thread only
        int[] tasks = {0};
        CountDownLatch endedAfterAll = new CountDownLatch(1);
        core.addEndOfBurstHook(() -> {
            burstEnds.add(tasks[0]);
            if (tasks[0] == queued) {
                endedAfterAll.countDown();
            }
        });
        CountDownLatch release = new CountDownLatch(1);
        core.execute(() -> await(release));   // holds the core so that the next tasks queue up
        for (int i = 0; i < queued; i++) {
            core.execute(() -> tasks[0]++);
        }
        release.countDown();

        assertThat(endedAfterAll.await(10, TimeUnit.SECONDS)).isTrue();
        List<Integer> ends = core.submit(() -> List.copyOf(burstEnds)).join();
        int previous = 0;
        for (int end : ends) {
            assertThat(end - previous).as("tasks in one burst").isLessThanOrEqualTo(CoreLoop.BURST_TASKS);
            previous = end;
        }
        assertThat(ends.size()).isGreaterThanOrEqualTo(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
