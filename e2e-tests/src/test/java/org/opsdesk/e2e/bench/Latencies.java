package org.opsdesk.e2e.bench;

import java.util.Arrays;

/**
 * Latency samples (nanoseconds) of a closed-loop run and their percentiles, raw and corrected for coordinated
 * omission. A closed-loop client waits for each response before it sends the next request, so a stall of the
 * server also delays the requests that would have been sent meanwhile and those never appear as slow samples.
 * The correction (HdrHistogram's recordValueWithExpectedInterval) adds, for a sample {@code v} longer than the
 * expected interval {@code i} between two requests of one connection, the samples {@code v - i, v - 2i, …} that a
 * client sending every {@code i} would have seen. {@code i} is the run's mean cycle time per connection.
 */
final class Latencies {

    private final long[] sorted;
    private final long[] corrected;

    Latencies(long[] samples, double expectedIntervalNanos) {
        this.sorted = samples.clone();
        Arrays.sort(sorted);
        this.corrected = correct(sorted, expectedIntervalNanos);
    }

    int count() {
        return sorted.length;
    }

    /** Percentile in milliseconds (nearest rank), {@code p} in 0–100. */
    double percentileMs(double p) {
        return percentile(sorted, p);
    }

    double correctedPercentileMs(double p) {
        return percentile(corrected, p);
    }

    double meanMs() {
        return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).average().orElse(0) / 1e6;
    }

    private static double percentile(long[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))] / 1e6;
    }

    private static long[] correct(long[] values, double interval) {
        if (values.length == 0 || !(interval > 0)) {
            return values;
        }
        long extra = 0;
        for (long v : values) {
            if (v > interval) {
                extra += (long) ((v - 1) / interval);
            }
        }
        extra = Math.min(extra, 50_000_000L);
        long[] all = Arrays.copyOf(values, (int) (values.length + extra));
        int next = values.length;
        for (long v : values) {
            for (double missing = v - interval; missing > 0 && next < all.length; missing -= interval) {
                all[next++] = (long) missing;
            }
        }
        Arrays.sort(all, 0, next);
        return next == all.length ? all : Arrays.copyOf(all, next);
    }
}
