package org.switchboard.testkit.soak;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * What a soak measured and found: heap (after a full collection) and RSS over time, the heap
 * before the load and after it was gone, the memory slopes, each load's summary and the problems.
 *
 * @param options     what ran
 * @param samples     one per sampling interval while the load ran, the first as it started
 * @param baselineHeap heap after a full collection with the server up and no load session open
 * @param finalHeap   the same once every load session was closed
 * @param summaries   one line per load
 * @param problems    what went wrong (empty: nothing)
 */
public record SoakReport(SoakOptions options, List<MemorySample> samples, long baselineHeap, long finalHeap,
        List<String> summaries, List<String> problems) {
    private static final double MIB = 1024.0 * 1024.0;

    /** No load lost anything and the server answered at the end. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * The samples the slopes are fitted to: all but those of the first tenth of the run, when the
     * JIT, Netty's buffer pools and the JVM's own heap sizing still settle.
     */
    public List<MemorySample> steadySamples() {
        double warmUp = options.duration().toMillis() / 10_000.0;
        return samples.stream().filter(s -> s.seconds() >= warmUp).toList();
    }

    /** Least-squares slope of the heap after collection over the steady samples, in MiB per minute. */
    public double heapSlopeMibPerMinute() {
        return slopePerMinute(steadySamples(), s -> s.heapBytes() / MIB);
    }

    /** Least-squares slope of the RSS over the steady samples, in MiB per minute (NaN without RSS). */
    public double rssSlopeMibPerMinute() {
        if (samples.stream().anyMatch(s -> s.rssBytes() < 0)) {
            return Double.NaN;
        }
        return slopePerMinute(steadySamples(), s -> s.rssBytes() / MIB);
    }

    private static double slopePerMinute(List<MemorySample> points, ToDoubleFunction<MemorySample> y) {
        int n = points.size();
        if (n < 2) {
            return 0;
        }
        double meanT = points.stream().mapToDouble(MemorySample::seconds).average().orElse(0);
        double meanY = points.stream().mapToDouble(y).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (MemorySample p : points) {
            double dt = p.seconds() - meanT;
            covariance += dt * (y.applyAsDouble(p) - meanY);
            variance += dt * dt;
        }
        return variance == 0 ? 0 : covariance / variance * 60.0;
    }

    /** The report as a table and a few lines of conclusions. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Switchboard soak: %d s; every second %.0f logins, %.0f calls,"
                + " %.0f events to %d listeners; sampled every %d s%n", options.duration().toSeconds(),
                options.loginsPerSecond(), options.callsPerSecond(), options.eventsPerSecond(), options.listeners(),
                options.sampleEvery().toSeconds()));
        b.append(String.format(Locale.ROOT, "%8s %14s %10s %10s %10s %12s%n", "t (s)", "heap (MiB)", "RSS (MiB)",
                "logins", "calls", "events"));
        for (MemorySample s : samples) {
            b.append(String.format(Locale.ROOT, "%8.0f %14.1f %10.1f %10d %10d %12d%n", s.seconds(),
                    s.heapBytes() / MIB, s.rssBytes() / MIB, s.logins(), s.calls(), s.events()));
        }
        b.append(String.format(Locale.ROOT, "heap after a full GC: %.1f MiB before the load, %.1f MiB after it (%+.1f)%n",
                baselineHeap / MIB, finalHeap / MIB, (finalHeap - baselineHeap) / MIB));
        b.append(String.format(Locale.ROOT, "slope while loaded (from %.0f s on): heap %+.3f MiB/min, RSS %+.3f MiB/min%n",
                options.duration().toMillis() / 10_000.0, heapSlopeMibPerMinute(), rssSlopeMibPerMinute()));
        summaries.forEach(s -> b.append(s).append(System.lineSeparator()));
        b.append(problems.isEmpty() ? "problems: none" : "problems:").append(System.lineSeparator());
        problems.forEach(p -> b.append("  ").append(p).append(System.lineSeparator()));
        return b.toString();
    }

    /** The samples as CSV (seconds, heap and RSS in bytes, counters). */
    public String csv() {
        StringBuilder b = new StringBuilder("seconds,heap_bytes,rss_bytes,logins,calls,events\n");
        for (MemorySample s : samples) {
            b.append(String.format(Locale.ROOT, "%.1f,%d,%d,%d,%d,%d%n", s.seconds(), s.heapBytes(), s.rssBytes(),
                    s.logins(), s.calls(), s.events()));
        }
        return b.toString();
    }
}
