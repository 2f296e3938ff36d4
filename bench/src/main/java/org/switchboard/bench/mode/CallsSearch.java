package org.switchboard.bench.mode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.bench.stats.Figures;

/**
 * {@code calls --find-max}: runs {@link CallsRun} steps at rising rates, each {@code factor}
 * times the last, and stops at the first step that is not sustained (a call refused, failed or
 * unfinished at the end of the drain, calls sent below {@code minRateShare} of the rate, or
 * OriginateResponse p99 above {@code maxResponseNanos}) or when the next rate would pass
 * {@code maxRate}.
 */
public final class CallsSearch {

    /** The search: where to start, how to climb, where to stop, and what counts as sustained. */
    public record Settings(CallsRun.Settings first, double factor, double maxRate, long maxResponseNanos,
                           double minRateShare) {
        public Settings {
            if (factor <= 1) {
                throw new IllegalArgumentException("factor must be above 1");
            }
        }
    }

    /** The best sustained step (null if none) and every step run. */
    public record Result(CallsRun.Result best, List<CallsRun.Result> steps) implements BenchResult {
        public double sustainedRate() {
            return best == null ? 0 : best.rate();
        }

        /** The search's figures, then those of the best step (of the first step when none was sustained). */
        @Override
        public Figures figures() {
            Figures f = new Figures().put("mode", "calls").put("search", "yes").put("steps", steps.size())
                    .put("sustained_rate", sustainedRate());
            return (best != null ? best : steps.get(0)).appendTo(f);
        }
    }

    private CallsSearch() { }

    public static Result run(Settings s, String runId) throws IOException, BenchException {
        List<CallsRun.Result> steps = new ArrayList<>();
        CallsRun.Result best = null;
        double rate = s.first().rate();
        int step = 0;
        while (rate <= s.maxRate()) {
            CallsRun.Settings one = new CallsRun.Settings(s.first().target(), rate, s.first().duration(),
                    s.first().dialplan(), s.first().drainTimeout(), s.first().events(), s.first().serverPid());
            CallsRun.Result r = CallsRun.run(one, runId + "s" + step++);
            steps.add(r);
            if (!r.sustained(s.minRateShare(), s.maxResponseNanos())) {
                break;
            }
            best = r;
            rate = Math.ceil(rate * s.factor());
        }
        return new Result(best, List.copyOf(steps));
    }
}
