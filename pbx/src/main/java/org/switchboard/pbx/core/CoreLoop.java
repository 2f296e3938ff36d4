package org.switchboard.pbx.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.time.Clock;
import org.switchboard.pbx.time.VirtualClock;

/**
 * The one thread that owns all PBX state. Every change is a task on this loop; timers run here
 * too, driven by the {@link Clock}. Work submitted from other threads is queued in a bounded queue
 * and refused visibly (a failed future) when the queue is full, never silently dropped.
 *
 * <p>After each task or timer, the loop calls the registered end-of-task hooks: that is where
 * events published during the task are handed on, so that an action's response (written during
 * the task) always precedes the events the action caused.
 */
public final class CoreLoop implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CoreLoop.class);

    /** Default bound on queued work from other threads. */
    public static final int DEFAULT_CAPACITY = 262_144;
    /**
     * While work keeps coming, the end-of-burst hooks run after this many tasks or this much time,
     * whichever comes first: light tasks (pipelined UserEvents) share one hand-over of their
     * output, heavy ones (calls) do not hold theirs back for long.
     */
    public static final int BURST_TASKS = 64;
    private static final long BURST_NANOS = 250_000;

    private final Clock clock;
    private final BlockingQueue<Runnable> tasks;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    /** Copied on registration, read on every task without a lock. */
    private volatile Runnable[] endOfTaskHooks = new Runnable[0];
    private volatile Runnable[] endOfBurstHooks = new Runnable[0];
    private final java.util.ArrayDeque<Runnable> idleTasks = new java.util.ArrayDeque<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long timerSequence;
    private int tasksSinceBurst;
    private long burstStart = System.nanoTime();

    public CoreLoop(Clock clock) {
        this(clock, DEFAULT_CAPACITY);
    }

    public CoreLoop(Clock clock, int capacity) {
        this.clock = clock;
        this.tasks = new LinkedBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "pbx-core");
        this.thread.setDaemon(true);
        if (clock instanceof VirtualClock virtual) {
            virtual.attach(this::advanceVirtual);
        }
        this.thread.start();
    }

    public Clock clock() {
        return clock;
    }

    public boolean inCoreThread() {
        return Thread.currentThread() == thread;
    }

    /** Registers a hook run on the core thread after every task and timer. */
    public synchronized void addEndOfTaskHook(Runnable hook) {
        endOfTaskHooks = appended(endOfTaskHooks, hook);
    }

    /**
     * Registers a hook run on the core thread after a run of tasks (at most
     * {@value #BURST_TASKS} of them) and before the core waits for more: where output that the
     * run produced for many destinations is handed on once per destination rather than once per
     * task.
     */
    public synchronized void addEndOfBurstHook(Runnable hook) {
        endOfBurstHooks = appended(endOfBurstHooks, hook);
    }

    private static Runnable[] appended(Runnable[] hooks, Runnable hook) {
        Runnable[] more = Arrays.copyOf(hooks, hooks.length + 1);
        more[hooks.length] = hook;
        return more;
    }

    /**
     * Queues several tasks in one hand-over (one queue operation, at most one wake-up): they run
     * in this order, each as a task of its own, end-of-task hooks after each. False when the queue
     * is full and none of them will run.
     */
    public boolean executeInOrder(Runnable[] batch) {
        return offer(() -> {
            for (Runnable task : batch) {
                runTask(task);
            }
        });
    }

    /** Runs {@code task} on the core thread; the future completes with its result or failure. */
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Runnable r = () -> {
            try {
                future.complete(task.call());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        };
        if (!offer(r)) {
            future.completeExceptionally(new RejectedExecutionException("PBX core queue is full"));
        }
        return future;
    }

    /** Runs {@code task} on the core thread, later. Returns false if the queue is full. */
    public boolean execute(Runnable task) {
        return offer(task);
    }

    /**
     * Runs {@code task} on the core thread once no other work is queued (core thread only): work
     * that Asterisk does on a slower, separate thread (the device state taskprocessor) so that its
     * events come after the burst of channel activity that caused them.
     */
    public void executeWhenIdle(Runnable task) {
        assert inCoreThread() : "idle tasks are queued from the core thread";
        idleTasks.add(task);
    }

    /**
     * Completes once the core has run everything queued so far, idle tasks included (any thread):
     * a test's way of waiting for the device state events a burst of activity causes.
     */
    public CompletableFuture<Void> idle() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!offer(() -> executeWhenIdle(() -> done.complete(null)))) {
            done.completeExceptionally(new RejectedExecutionException("PBX core is not running"));
        }
        return done;
    }

    private boolean offer(Runnable r) {
        if (!running) {
            return false;
        }
        return tasks.offer(r);
    }

    /**
     * Runs {@code task} on the core thread after {@code delay} of clock time. Must be called on the
     * core thread.
     */
    public Cancellable schedule(Duration delay, Runnable task) {
        assert inCoreThread() : "timers are core-thread only";
        Timer t = new Timer(clock.millis() + Math.max(0, delay.toMillis()), timerSequence++, task);
        timers.add(t);
        return t::cancel;
    }

    private void run() {
        while (running) {
            try {
                Runnable task;
                if (clock.isVirtual()) {
                    task = tasks.poll(1, TimeUnit.SECONDS);
                } else {
                    burstStart = System.nanoTime();
                    runDueTimers(clock.millis());
                    if (tasksSinceBurst > 0) {
                        // what the timers wrote goes out now, not once the next task or the
                        // idle wait below (up to a second) is over
                        endBurst();
                    }
                    long wait = nextTimerWait();
                    task = tasks.poll(wait, TimeUnit.MILLISECONDS);
                }
                if (task != null) {
                    burstStart = System.nanoTime();
                    runTask(task);
                    drainQueued();
                }
                runIdleTasks();
                endBurst();
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            }
        }
    }

    private long nextTimerWait() {
        Timer next = timers.peek();
        if (next == null) {
            return 1000;
        }
        return Math.max(0, Math.min(1000, next.due - clock.millis()));
    }

    /** Idle tasks, each after whatever the previous one queued. */
    private void runIdleTasks() {
        Runnable idle;
        while (tasks.isEmpty() && (idle = idleTasks.poll()) != null) {
            runTask(idle);
        }
    }

    private void drainQueued() {
        Runnable task;
        int budget = 1024;
        while (budget-- > 0 && (task = tasks.poll()) != null) {
            runTask(task);
        }
    }

    private void runDueTimers(long upTo) {
        Timer t;
        while ((t = timers.peek()) != null && t.due <= upTo) {
            timers.poll();
            Runnable task = t.task();
            if (task != null) {
                runTask(task);
            }
        }
    }

    private void runTask(Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            log.error("PBX core task failed", t);
        } finally {
            runHooks(endOfTaskHooks);
            if (++tasksSinceBurst >= BURST_TASKS || System.nanoTime() - burstStart > BURST_NANOS) {
                endBurst();
            }
        }
    }

    private void endBurst() {
        runHooks(endOfBurstHooks);
        tasksSinceBurst = 0;
        burstStart = System.nanoTime();
    }

    private void runHooks(Runnable[] hooks) {
        for (Runnable h : hooks) {
            try {
                h.run();
            } catch (Throwable t) {
                log.error("PBX hook failed", t);
            }
        }
    }

    private CompletableFuture<Void> advanceVirtual(Duration by) {
        VirtualClock virtual = (VirtualClock) clock;
        return submit(() -> {
            long target = virtual.millis() + by.toMillis();
            drainAll();
            Timer t;
            while ((t = timers.peek()) != null && t.due <= target) {
                timers.poll();
                Runnable task = t.task();
                if (task == null) {
                    continue;
                }
                if (t.due > virtual.millis()) {
                    virtual.set(Instant.ofEpochMilli(t.due));
                }
                runTask(task);
                drainAll();
            }
            if (target > virtual.millis()) {
                virtual.set(Instant.ofEpochMilli(target));
            }
            return null;
        });
    }

    /**
     * Runs queued work, then idle work, until both are empty (virtual time: everything that
     * happens at the current instant).
     */
    private void drainAll() {
        while (true) {
            Runnable task = tasks.poll();
            if (task == null) {
                task = idleTasks.poll();
            }
            if (task == null) {
                return;
            }
            runTask(task);
        }
    }

    /** Visits the pending timers' due times (for tests and diagnostics; core thread only). */
    public void forEachTimer(Consumer<Instant> visitor) {
        assert inCoreThread();
        timers.forEach(t -> visitor.accept(Instant.ofEpochMilli(t.due)));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A pending timer. A cancelled one stays in the queue until its due time (removing it would
     * cost a linear search) but lets go of its task at once: a call's 30 s dial timeout, cancelled
     * when the call answers, must not keep the call's channels reachable for 30 s.
     */
    private static final class Timer implements Comparable<Timer> {
        final long due;
        final long sequence;
        private volatile Runnable task;

        Timer(long due, long sequence, Runnable task) {
            this.due = due;
            this.sequence = sequence;
            this.task = task;
        }

        void cancel() {
            task = null;
        }

        /** The task to run, or null once cancelled. */
        Runnable task() {
            return task;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
