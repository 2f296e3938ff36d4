package org.switchboard.testkit.soak;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Sends at a steady rate: every 100 ms it asks for the share of the rate due by then (fractions
 * carry over). A tick that runs late is not made up in a burst: the rate is an upper bound.
 */
final class Pacer {
    private static final long TICK_MS = 100;

    private final ScheduledExecutorService timer;
    private final double perTick;
    private final IntConsumer send;
    private double owed;

    Pacer(String name, double perSecond, IntConsumer send) {
        this.perTick = perSecond * TICK_MS / 1000.0;
        this.send = send;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "soak-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        timer.scheduleWithFixedDelay(this::tick, 0, TICK_MS, TimeUnit.MILLISECONDS);
    }

    /** Stops, after the tick under way (if any) has sent its share. */
    void stop() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick() {
        owed += perTick;
        int now = (int) owed;
        owed -= now;
        if (now > 0) {
            send.accept(now);
        }
    }
}
