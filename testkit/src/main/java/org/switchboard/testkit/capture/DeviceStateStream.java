package org.switchboard.testkit.capture;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.testkit.capture.Transcript.ExpectedBlock;

/**
 * DeviceStateChange of a device backed by channels ({@code Local/...}, {@code Surrogate/...}).
 * Asterisk queues one state change per channel state change and a separate thread asks the channel
 * driver for the device's state when it gets to it (devicestate.c ast_devstate_changed_literal,
 * do_devstate_changes, core_local.c local_devicestate): each report shows the state at that later
 * moment, so how many reports repeat a state, and whether a short-lived state is reported at all,
 * depends on thread timing (captures/README.md).
 *
 * <p>Tolerated, exactly: runs of identical consecutive reports count as one state (their length is
 * not compared); and a state may be missing from the live stream when the capture's next state is
 * bounded by the same client chunks (no new burst of client chunks came between them, so a late
 * sample can skip it; M04's short call reports INUSE and NOT_INUSE within one burst). The states
 * that are reported must come in the captured order, and each no sooner than its chunks allow. A
 * state the client saw settle (a new burst came after it) must be reported.
 */
final class DeviceStateStream extends ExpectedStream {
    /** A run of identical reports; {@code first} is what is compared. */
    private record Run(ExpectedBlock first, int position) { }

    private final List<Run> runs = new ArrayList<>();

    DeviceStateStream(StreamKey key, String connection, List<ExpectedBlock> blocks) {
        super(key, connection, blocks);
        for (ExpectedBlock b : blocks) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).first().text().equals(b.text())) {
                runs.add(new Run(b, runs.size() + 1));
            }
        }
    }

    /** Is this device's state sampled from channels (and so racy)? */
    static boolean backedByChannels(String device) {
        return device != null && (device.startsWith("Local/") || device.startsWith("Surrogate/"));
    }

    /** Positions count states, repeats once ("state 2 of 4"). */
    @Override
    String unit() {
        return "state";
    }

    @Override
    int size() {
        return runs.size();
    }

    /** May run {@code i} be missing live? Only if no new burst of client chunks separates it from the next. */
    private boolean transientRun(int i) {
        return i + 1 < runs.size() && runs.get(i + 1).first().minEpoch() == runs.get(i).first().minEpoch();
    }

    @Override
    Cursor start() {
        return new Cursor() {
            private int current = -1;

            @Override
            public ExpectedStream stream() {
                return DeviceStateStream.this;
            }

            @Override
            public Attempt attempt(LiveBlock live, Context context) {
                Attempt repeat = null;
                if (current >= 0) {
                    Run now = runs.get(current);
                    repeat = offer(now.first(), now.position(), now.first().lines(), live, context, () -> { });
                    if (repeat instanceof Accepted) {
                        return repeat;
                    }
                }
                Attempt firstTry = null;
                for (int j = current + 1; j < runs.size(); j++) {
                    Run r = runs.get(j);
                    int target = j;
                    Attempt a = offer(r.first(), r.position(), r.first().lines(), live, context, () -> current = target);
                    if (a instanceof Accepted || (a instanceof Rejected rej && rej.orderProblem() != null)) {
                        return a;
                    }
                    if (firstTry == null) {
                        firstTry = a;
                    }
                    if (!transientRun(j)) {
                        break;
                    }
                }
                return firstTry != null ? firstTry : repeat;
            }

            @Override
            public boolean settledUpTo(int epoch) {
                int last = -1;
                for (int i = 0; i < runs.size(); i++) {
                    if (runs.get(i).first().epoch() <= epoch) {
                        last = i;
                    }
                }
                return current >= last;
            }

            @Override
            public boolean complete() {
                return current == runs.size() - 1;
            }

            @Override
            public ExpectedBlock next() {
                return current + 1 < runs.size() ? runs.get(current + 1).first() : null;
            }

            @Override
            public int nextPosition() {
                return current + 2;
            }
        };
    }
}
