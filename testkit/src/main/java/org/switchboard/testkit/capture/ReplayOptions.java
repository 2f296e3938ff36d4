package org.switchboard.testkit.capture;

import java.time.Duration;
import java.util.Objects;

import org.switchboard.pbx.time.VirtualClock;

/**
 * How a capture is replayed and compared. Immutable; each {@code with...} returns a copy.
 *
 * <p>Defaults: {@link ReplayMode#AUTO}, {@link FieldRules#standard()} for strict comparisons,
 * {@link FieldRules#calls()} for stream comparisons, a 20 ms burst gap (see {@link
 * StreamComparison}), a 10 s wait for each expected block, and the real clock.
 */
public final class ReplayOptions {
    private final ReplayMode mode;
    private final FieldRules strictRules;
    private final FieldRules streamRules;
    private final Duration burstGap;
    private final Duration wait;
    private final VirtualClock clock;
    private final Runnable quiesce;

    private ReplayOptions(ReplayMode mode, FieldRules strictRules, FieldRules streamRules, Duration burstGap,
            Duration wait, VirtualClock clock, Runnable quiesce) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.strictRules = Objects.requireNonNull(strictRules, "strictRules");
        this.streamRules = Objects.requireNonNull(streamRules, "streamRules");
        this.burstGap = Objects.requireNonNull(burstGap, "burstGap");
        this.wait = Objects.requireNonNull(wait, "wait");
        this.clock = clock;
        this.quiesce = quiesce == null ? () -> { } : quiesce;
    }

    public static ReplayOptions defaults() {
        return new ReplayOptions(ReplayMode.AUTO, FieldRules.standard(), FieldRules.calls(), Duration.ofMillis(20),
                Duration.ofSeconds(10), null, null);
    }

    public ReplayOptions withMode(ReplayMode m) {
        return new ReplayOptions(m, strictRules, streamRules, burstGap, wait, clock, quiesce);
    }

    /** The rules of {@link ReplayMode#STRICT}. */
    public ReplayOptions withStrictRules(FieldRules rules) {
        return new ReplayOptions(mode, rules, streamRules, burstGap, wait, clock, quiesce);
    }

    /** The rules of {@link ReplayMode#STREAMS}. */
    public ReplayOptions withStreamRules(FieldRules rules) {
        return new ReplayOptions(mode, strictRules, rules, burstGap, wait, clock, quiesce);
    }

    /** Client chunks sent less than this after the previous one belong to its burst. */
    public ReplayOptions withBurstGap(Duration gap) {
        return new ReplayOptions(mode, strictRules, streamRules, gap, wait, clock, quiesce);
    }

    /** How long the live replay waits for blocks that are due before it gives up. */
    public ReplayOptions withWait(Duration w) {
        return new ReplayOptions(mode, strictRules, streamRules, burstGap, w, clock, quiesce);
    }

    /**
     * The server's virtual clock: time passes only when the replay lets it. Before each client
     * step the clock is advanced to the step's captured time offset; while blocks the capture
     * shows before that step are still missing and the server is quiet, the clock is advanced
     * to the step's time at once, so dialplan timers (Wait, Answer's wait for media, timeouts)
     * fire where they fired in the capture.
     */
    public ReplayOptions withVirtualClock(VirtualClock c) {
        return new ReplayOptions(mode, strictRules, streamRules, burstGap, wait, c, quiesce);
    }

    /**
     * With a virtual clock: waits until the server has handled what it received (e.g.
     * {@code Switchboard::quiesce}), so that time is not moved on before a request started its timers.
     */
    public ReplayOptions withQuiesce(Runnable q) {
        return new ReplayOptions(mode, strictRules, streamRules, burstGap, wait, clock, q);
    }

    public Runnable quiesce() {
        return quiesce;
    }

    public ReplayMode mode() {
        return mode;
    }

    public FieldRules strictRules() {
        return strictRules;
    }

    public FieldRules streamRules() {
        return streamRules;
    }

    public Duration burstGap() {
        return burstGap;
    }

    public Duration waitTime() {
        return wait;
    }

    /** The virtual clock to drive, or null for real time. */
    public VirtualClock virtualClock() {
        return clock;
    }
}
