package org.switchboard.testkit.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The figures a soak reports: least-squares slopes and the rendered conclusions. */
class SoakReportTest {
    private static final long MIB = 1024 * 1024;

    private static SoakReport report(List<MemorySample> samples, List<String> problems) {
        return new SoakReport(SoakOptions.parse("--seconds", "120"), samples, 10 * MIB, 11 * MIB,
                List.of("a load's summary"), problems);
    }

    @Test
    void aHeapGrowingOneMibEveryThirtySecondsHasASlopeOfTwoMibPerMinute() {
        SoakReport r = report(List.of(new MemorySample(0, 10 * MIB, 100 * MIB, 0, 0, 0),
                new MemorySample(30, 11 * MIB, 100 * MIB, 1, 1, 1),
                new MemorySample(60, 12 * MIB, 100 * MIB, 2, 2, 2)), List.of());
        assertThat(r.heapSlopeMibPerMinute()).isCloseTo(2.0, within(1e-9));
        assertThat(r.rssSlopeMibPerMinute()).isCloseTo(0.0, within(1e-9));
        assertThat(r.ok()).isTrue();
    }

    @Test
    void aNoisySeriesHasItsLeastSquaresSlopeAndAnUnknownRssHasNone() {
        // t 20..60 s, heap 10,12,10,12,11 MiB: covariance 20, variance 1000 -> 0.02 MiB/s
        SoakReport r = report(List.of(new MemorySample(20, 10 * MIB, -1, 0, 0, 0),
                new MemorySample(30, 12 * MIB, -1, 0, 0, 0), new MemorySample(40, 10 * MIB, -1, 0, 0, 0),
                new MemorySample(50, 12 * MIB, -1, 0, 0, 0), new MemorySample(60, 11 * MIB, -1, 0, 0, 0)), List.of());
        assertThat(r.heapSlopeMibPerMinute()).isCloseTo(1.2, within(1e-9));
        assertThat(r.rssSlopeMibPerMinute()).isNaN();
    }

    @Test
    void theFirstTenthOfTheRunIsLeftOutOfTheSlopes() {
        // a 120-second run: the sample at 5 s (JIT and buffer pools still warming up) does not count
        SoakReport r = report(List.of(new MemorySample(5, 100 * MIB, 300 * MIB, 0, 0, 0),
                new MemorySample(30, 10 * MIB, 100 * MIB, 1, 1, 1),
                new MemorySample(60, 11 * MIB, 100 * MIB, 2, 2, 2)), List.of());
        assertThat(r.steadySamples()).extracting(MemorySample::seconds).containsExactly(30.0, 60.0);
        assertThat(r.heapSlopeMibPerMinute()).isCloseTo(2.0, within(1e-9));
        assertThat(r.rssSlopeMibPerMinute()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void theRenderingStatesTheHeapBeforeAndAfterAndEveryProblem() {
        SoakReport r = report(List.of(new MemorySample(0, 10 * MIB, 100 * MIB, 0, 0, 0)), List.of("calls: c7 lost"));
        assertThat(r.ok()).isFalse();
        assertThat(r.render()).contains("10.0 MiB before the load, 11.0 MiB after it (+1.0)")
                .contains("a load's summary").contains("problems:").contains("  calls: c7 lost");
        assertThat(r.csv()).startsWith("seconds,heap_bytes,rss_bytes,logins,calls,events\n0.0,10485760,104857600,0,0,0");
    }
}
