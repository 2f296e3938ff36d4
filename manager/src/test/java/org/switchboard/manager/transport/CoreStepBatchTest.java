package org.switchboard.manager.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.time.VirtualClock;

/** Steps gathered on an I/O thread reach the core in order, in one go; a full core fails them all. */
class CoreStepBatchTest {

    @Test
    void gatheredStepsRunInOrderOnceFlushedAndCompleteTheirStages() {
        CoreLoop core = new CoreLoop(new VirtualClock(Instant.EPOCH));
        try {
            CoreStepBatch batch = new CoreStepBatch(core);
            List<String> ran = new ArrayList<>();   // core thread only
            CompletableFuture<Void> first = batch.submit(() -> ran.add("one")).toCompletableFuture();
            CompletableFuture<Void> second = batch.submit(() -> ran.add("two")).toCompletableFuture();
            assertThat(first).isNotDone();

            batch.flush();

            CompletableFuture.allOf(first, second).orTimeout(10, TimeUnit.SECONDS).join();
            assertThat(core.submit(() -> List.copyOf(ran)).join()).containsExactly("one", "two");
        } finally {
            core.close();
        }
    }

    @Test
    void aFullCoreQueueFailsEveryGatheredStep() throws Exception {
        CoreLoop core = new CoreLoop(new VirtualClock(Instant.EPOCH), 1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            core.execute(() -> {
                running.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(core.execute(() -> { })).isTrue();   // the queue's one place is taken
            CoreStepBatch batch = new CoreStepBatch(core);
            CompletableFuture<Void> a = batch.submit(() -> { }).toCompletableFuture();
            CompletableFuture<Void> b = batch.submit(() -> { }).toCompletableFuture();

            batch.flush();

            assertThat(a).isCompletedExceptionally();
            assertThat(b).isCompletedExceptionally();
            assertThat(a.handle((v, e) -> e).join()).isInstanceOf(RejectedExecutionException.class);
        } finally {
            release.countDown();
            core.close();
        }
    }

    @Test
    void aBurstOfManyStepsGoesToTheCoreBeforeItIsOver() {
        CoreLoop core = new CoreLoop(new VirtualClock(Instant.EPOCH));
        try {
            CoreStepBatch batch = new CoreStepBatch(core);
            List<CompletableFuture<Void>> steps = new ArrayList<>();
            for (int i = 0; i < CoreStepBatch.MAX_STEPS; i++) {
                steps.add(batch.submit(() -> { }).toCompletableFuture());
            }
            // no flush: reaching MAX_STEPS handed them over by itself
            CompletableFuture.allOf(steps.toArray(new CompletableFuture[0])).orTimeout(10, TimeUnit.SECONDS).join();
        } finally {
            core.close();
        }
    }
}
