package org.switchboard.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void isExactForSmallValues() {
        LatencyHistogram h = new LatencyHistogram();
        for (int v = 1; v <= 100; v++) {
            h.record(v);
        }
        assertThat(h.count()).isEqualTo(100);
        assertThat(h.quantile(0.5)).isEqualTo(50);
        assertThat(h.quantile(0.99)).isEqualTo(99);
        assertThat(h.quantile(1.0)).isEqualTo(100);
        assertThat(h.max()).isEqualTo(100);
    }

    @Test
    void staysWithinItsPrecisionForLargeValues() {
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 1; v <= 100_000; v++) {
            h.record(v * 1000);   // 1 µs .. 100 ms
        }
        assertThat(h.quantile(0.5)).isBetween(50_000_000L, (long) (50_000_000 * 1.008));
        assertThat(h.quantile(0.99)).isBetween(99_000_000L, (long) (99_000_000 * 1.008));
        assertThat(h.quantile(0.999)).isBetween(99_900_000L, 100_000_000L);
    }

    @Test
    void bucketsCoverEveryValueInOrder() {
        long previousHigh = -1;
        for (int i = 0; i < 3000; i++) {
            long high = LatencyHistogram.highestIn(i);
            assertThat(high).isGreaterThan(previousHigh);
            assertThat(LatencyHistogram.index(high)).isEqualTo(i);
            assertThat(LatencyHistogram.index(previousHigh + 1)).isEqualTo(i);
            previousHigh = high;
        }
        assertThat(LatencyHistogram.index(Long.MAX_VALUE)).isLessThan(8000);
    }

    @Test
    void resetsAndAdds() {
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        a.record(10);
        b.record(30);
        a.add(b);
        assertThat(a.count()).isEqualTo(2);
        assertThat(a.max()).isEqualTo(30);
        a.reset();
        assertThat(a.count()).isZero();
        assertThat(a.quantile(0.99)).isZero();
    }
}
