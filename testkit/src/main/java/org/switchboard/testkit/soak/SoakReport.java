package org.switchboard.testkit.soak;

import java.util.List;
import java.util.Locale;

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

    /** Least-squares slope of the heap after collection over the samples, in MiB per minute. */
    public double heapSlopeMibPerMinute() {
        return slopePerMinute(samples.stream().mapToDouble(s -> s.heapBytes() / MIB).toArray());
    }

    /** Least-squares slope of the RSS over the samples, in MiB per minute (NaN without RSS). */
    public double rssSlopeMibPerMinute() {
        if (samples.stream().anyMatch(s -> s.rssBytes() < 0)) {
            return Double.NaN;
        }
        return slopePerMinute(samples.stream().mapToDouble(s -> s.rssBytes() / MIB).toArray());
    }

    private double slopePerMinute(double[] y) {
        int n = y.length;
        if (n < 2) {
            return 0;
        }
        double meanT = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanT += samples.get(i).seconds() / n;
            meanY += y[i] / n;
        }
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double dt = samples.get(i).seconds() - meanT;
            covariance += dt * (y[i] - meanY);
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
        b.append(String.format(Locale.ROOT, "slope while loaded: heap %+.3f MiB/min, RSS %+.3f MiB/min%n",
                heapSlopeMibPerMinute(), rssSlopeMibPerMinute()));
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
