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

    /**
     * The best sustained step (null if none), every step that ran to its end, and why the last
     * step tried could not be measured ("" when it could: it was merely not sustained).
     */
    public record Result(CallsRun.Result best, List<CallsRun.Result> steps, double brokenRate, String broken)
            implements BenchResult {
        public double sustainedRate() {
            return best == null ? 0 : best.rate();
        }

        /**
         * The search's figures, then those of the best step (of the first step when none was
         * sustained); {@code broken_at}/{@code broken} name a step that ended early.
         */
        @Override
        public Figures figures() {
            Figures f = new Figures().put("mode", "calls").put("search", "yes").put("steps", steps.size())
                    .put("sustained_rate", sustainedRate());
            if (!broken.isEmpty()) {
                f.put("broken_at", brokenRate).put("broken", broken);
            }
            CallsRun.Result shown = best != null ? best : steps.isEmpty() ? null : steps.get(0);
            return shown == null ? f : shown.appendTo(f);
        }
    }

    private CallsSearch() { }

    /**
     * Runs the search. A step that cannot be measured (the server closed the session, as
     * Switchboard does to a reader more than its backlog cap behind) ends the search like a step
     * that is not sustained, unless it is the first one: then there is nothing to report.
     */
    public static Result run(Settings s, String runId) throws IOException, BenchException {
        List<CallsRun.Result> steps = new ArrayList<>();
        CallsRun.Result best = null;
        double rate = s.first().rate();
        int step = 0;
        while (rate <= s.maxRate()) {
            CallsRun.Settings one = new CallsRun.Settings(s.first().target(), rate, s.first().duration(),
                    s.first().dialplan(), s.first().drainTimeout(), s.first().events(), s.first().serverPid());
            CallsRun.Result r;
            try {
                r = CallsRun.run(one, runId + "s" + step++);
            } catch (BenchException e) {
                if (steps.isEmpty()) {
                    throw e;
                }
                return new Result(best, List.copyOf(steps), rate, e.getMessage());
            }
            steps.add(r);
            if (!r.sustained(s.minRateShare(), s.maxResponseNanos())) {
                break;
            }
            best = r;
            rate = Math.ceil(rate * s.factor());
        }
        return new Result(best, List.copyOf(steps), 0, "");
    }
}
