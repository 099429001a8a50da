package de.kim.e2e;

import java.util.ArrayList;
import java.util.List;

/** Durations collected from many threads; percentiles by the nearest-rank method. */
final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    synchronized void clear() {
        nanos.clear();
    }

    synchronized void add(long duration) {
        nanos.add(duration);
    }

    /** The percentile in milliseconds, as text, e.g. {@code 4.2 ms}. */
    synchronized String p(int percentile) {
        return "%.1f ms".formatted(percentileNanos(percentile) / 1e6);
    }

    synchronized double percentileMillis(int percentile) {
        return percentileNanos(percentile) / 1e6;
    }

    synchronized double median() {
        return percentileNanos(50);
    }

    private long percentileNanos(int percentile) {
        if (nanos.isEmpty()) {
            throw new IllegalStateException("nothing measured");
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
