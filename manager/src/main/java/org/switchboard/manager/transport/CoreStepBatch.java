package org.switchboard.manager.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;

import org.switchboard.manager.action.CoreSteps;
import org.switchboard.pbx.core.CoreLoop;

/**
 * The core steps of one session's requests read in one burst (pipelined UserEvents, say), handed
 * to the core in one go when the burst is over: one queue operation and one wake-up for all of
 * them instead of one each. They still run in order and each as a task of its own. I/O thread
 * only.
 */
final class CoreStepBatch implements CoreSteps {
    /** Steps gathered before they go to the core even mid-burst, so that the core starts early. */
    static final int MAX_STEPS = 32;
    private final CoreLoop core;
    private final List<Runnable> steps = new ArrayList<>();
    private final List<CompletableFuture<Void>> done = new ArrayList<>();

    CoreStepBatch(CoreLoop core) {
        this.core = core;
    }

    @Override
    public CompletionStage<Void> submit(Runnable step) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        steps.add(() -> {
            try {
                step.run();
                f.complete(null);
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        done.add(f);
        if (steps.size() >= MAX_STEPS) {
            flush();
        }
        return f;
    }

    /** Hands what was gathered to the core; a full core queue fails every step of it. */
    void flush() {
        if (steps.isEmpty()) {
            return;
        }
        Runnable[] batch = steps.toArray(new Runnable[0]);
        steps.clear();
        if (core.executeInOrder(batch)) {
            done.clear();
            return;
        }
        List<CompletableFuture<Void>> failed = new ArrayList<>(done);
        done.clear();
        RejectedExecutionException full = new RejectedExecutionException("PBX core queue is full");
        for (CompletableFuture<Void> f : failed) {
            f.completeExceptionally(full);
        }
    }
}
