package org.switchboard.pbx.core;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Process-wide facts Asterisk reports in CoreStatus, FullyBooted and {@code core show uptime}:
 * start-up and last-reload instants, call counters, and the boot/shutdown flags.
 */
public final class SystemStatus {
    private final Instant startup;
    private volatile Instant lastReload;
    private volatile boolean fullyBooted;
    private volatile boolean shuttingDown;
    private final AtomicInteger activeChannels = new AtomicInteger();
    private final AtomicLong processedCalls = new AtomicLong();
    private final AtomicInteger activeCalls = new AtomicInteger();
    private final AtomicLong totalCalls = new AtomicLong();

    public SystemStatus(Instant startup) {
        this.startup = startup;
        this.lastReload = startup;
    }

    public Instant startup() { return startup; }
    public Instant lastReload() { return lastReload; }
    public void reloaded(Instant at) { lastReload = at; }

    public boolean fullyBooted() { return fullyBooted; }
    public void markFullyBooted() { fullyBooted = true; }

    public boolean shuttingDown() { return shuttingDown; }
    public void markShuttingDown() { shuttingDown = true; }

    /** Channels that exist now (CoreStatus CoreCurrentCalls, ast_active_channels). */
    public int activeChannels() { return activeChannels.get(); }
    public void channelCreated() { activeChannels.incrementAndGet(); processedCalls.incrementAndGet(); }
    public void channelDestroyed() { activeChannels.decrementAndGet(); }

    /** Channels created since start (CoreProcessedCalls). */
    public long processedCalls() { return processedCalls.get(); }

    /**
     * A channel started running dialplan (pbx.c increase_call_count: countcalls and totalcalls,
     * what {@code core show channels} prints as active calls and calls processed).
     */
    public void callStarted() { activeCalls.incrementAndGet(); totalCalls.incrementAndGet(); }

    /** A dialplan run ended (decrease_call_count). */
    public void callEnded() { activeCalls.decrementAndGet(); }

    /** Channels running dialplan now (ast_active_calls). */
    public int activeCalls() { return activeCalls.get(); }

    /** Dialplan runs started since start (ast_processed_calls). */
    public long totalCalls() { return totalCalls.get(); }
}
