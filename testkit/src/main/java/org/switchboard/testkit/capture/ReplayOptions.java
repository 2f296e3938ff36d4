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

    private ReplayOptions(ReplayMode mode, FieldRules strictRules, FieldRules streamRules, Duration burstGap,
            Duration wait, VirtualClock clock) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.strictRules = Objects.requireNonNull(strictRules, "strictRules");
        this.streamRules = Objects.requireNonNull(streamRules, "streamRules");
        this.burstGap = Objects.requireNonNull(burstGap, "burstGap");
        this.wait = Objects.requireNonNull(wait, "wait");
        this.clock = clock;
    }

    public static ReplayOptions defaults() {
        return new ReplayOptions(ReplayMode.AUTO, FieldRules.standard(), FieldRules.calls(), Duration.ofMillis(20),
                Duration.ofSeconds(10), null);
    }

    public ReplayOptions withMode(ReplayMode m) {
        return new ReplayOptions(m, strictRules, streamRules, burstGap, wait, clock);
    }

    /** The rules of {@link ReplayMode#STRICT}. */
    public ReplayOptions withStrictRules(FieldRules rules) {
        return new ReplayOptions(mode, rules, streamRules, burstGap, wait, clock);
    }

    /** The rules of {@link ReplayMode#STREAMS}. */
    public ReplayOptions withStreamRules(FieldRules rules) {
        return new ReplayOptions(mode, strictRules, rules, burstGap, wait, clock);
    }

    /** Client chunks sent less than this after the previous one belong to its burst. */
    public ReplayOptions withBurstGap(Duration gap) {
        return new ReplayOptions(mode, strictRules, streamRules, gap, wait, clock);
    }

    /** How long the live replay waits for blocks that are due before it gives up. */
    public ReplayOptions withWait(Duration w) {
        return new ReplayOptions(mode, strictRules, streamRules, burstGap, w, clock);
    }

    /**
     * The server's virtual clock: before each client step the replay advances it to the step's
     * captured time offset, so dialplan timers (Wait, timeouts) fire where they fired in the capture.
     */
    public ReplayOptions withVirtualClock(VirtualClock c) {
        return new ReplayOptions(mode, strictRules, streamRules, burstGap, wait, c);
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
