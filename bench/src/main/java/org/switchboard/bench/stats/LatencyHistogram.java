package org.switchboard.bench.stats;

/**
 * A fixed-size log-linear histogram of non-negative durations in nanoseconds: exact below 256,
 * then 128 sub-buckets per power of two (under 0.8 % error), up to {@link Long#MAX_VALUE}.
 * Recording is O(1) and allocates nothing. Not thread-safe.
 */
public final class LatencyHistogram {
    private static final int SUB_BITS = 7;
    private static final int SUB = 1 << SUB_BITS;
    private static final int DIRECT = 2 * SUB;
    private static final int BUCKETS = DIRECT + (63 - SUB_BITS) * SUB;

    private final long[] counts = new long[BUCKETS];
    private long total;
    private long max;

    public void record(long nanos) {
        long v = Math.max(0, nanos);
        counts[index(v)]++;
        total++;
        if (v > max) {
            max = v;
        }
    }

    public long count() {
        return total;
    }

    public long max() {
        return max;
    }

    /** Adds every value of {@code other}. */
    public void add(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        max = Math.max(max, other.max);
    }

    public void reset() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
        max = 0;
    }

    /**
     * The value at quantile {@code q} (0..1]: the highest value of the bucket that holds the
     * q-th recorded value, never above the maximum; 0 when empty.
     */
    public long quantile(double q) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(max, highestIn(i));
            }
        }
        return max;
    }

    static int index(long v) {
        if (v < DIRECT) {
            return (int) v;
        }
        int msb = 63 - Long.numberOfLeadingZeros(v);
        int shift = msb - SUB_BITS;
        int top = (int) (v >>> shift);   // in [SUB, 2*SUB)
        return DIRECT + (shift - 1) * SUB + (top - SUB);
    }

    static long highestIn(int index) {
        if (index < DIRECT) {
            return index;
        }
        int shift = (index - DIRECT) / SUB + 1;
        long top = SUB + (index - DIRECT) % SUB;
        long low = top << shift;
        return low + (1L << shift) - 1;
    }
}
