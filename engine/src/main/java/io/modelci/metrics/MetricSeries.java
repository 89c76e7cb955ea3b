package io.modelci.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The history of one metric read from a log, in bounded memory: when the capacity is reached every second point
 * is dropped and from then on only every second new point is kept (the stride doubles), so a history always
 * spans the whole run evenly. The latest point is always reported, and a non-finite value is remembered even
 * after its point was thinned out.
 */
final class MetricSeries {
    private static final int INITIAL_CAPACITY = 16;

    private final String name;
    private final byte[] nameBytes;
    private final int capacity;
    private long[] steps = new long[INITIAL_CAPACITY];
    private double[] values = new double[INITIAL_CAPACITY];
    private int size;
    private long stride = 1;
    private long nextKept;
    private long count;
    private long lastStep;
    private double lastValue;
    private boolean sawNonFinite;

    MetricSeries(final String name, final int capacity) {
        this.name = name;
        this.nameBytes = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        this.capacity = Math.max(2, capacity);
    }

    String name() {
        return name;
    }

    /** Whether {@code bytes[from, from + length)} is this series' name. */
    boolean matches(final byte[] bytes, final int from, final int length) {
        if (nameBytes.length != length) {
            return false;
        }
        // names are short: a plain loop beats the vectorized mismatch's set-up
        for (int k = 0; k < length; k++) {
            if (nameBytes[k] != bytes[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** How many points were added (kept or not). */
    long count() {
        return count;
    }

    void add(final long step, final double value) {
        long index = count++;
        lastStep = step;
        lastValue = value;
        if (!Double.isFinite(value)) {
            sawNonFinite = true;
        }
        if (index != nextKept) {
            return;
        }
        if (size == capacity) {
            thinOut();
            // stride is a power of two: keep the points whose index is a multiple of it
            nextKept = (index + stride - 1) & -stride;
            if (index != nextKept) {
                return;
            }
        }
        nextKept += stride;
        if (size == steps.length) {
            int grown = Math.min(capacity, steps.length * 2);
            steps = Arrays.copyOf(steps, grown);
            values = Arrays.copyOf(values, grown);
        }
        steps[size] = step;
        values[size] = value;
        size++;
    }

    private void thinOut() {
        int kept = 0;
        for (int k = 0; k < size; k += 2) {
            steps[kept] = steps[k];
            values[kept] = values[k];
            kept++;
        }
        size = kept;
        stride *= 2;
    }

    /** Adds this series to a builder: its kept points plus the latest one. */
    void addTo(final Metrics.Builder builder) {
        if (count == 0) {
            return;
        }
        List<MetricPoint> points = new ArrayList<>(size + 1);
        for (int k = 0; k < size; k++) {
            points.add(MetricPoint.of(steps[k], values[k]));
        }
        if (((count - 1) & (stride - 1)) != 0) {
            points.add(MetricPoint.of(lastStep, lastValue));
        }
        builder.history(name, points);
        builder.value(name, lastValue);
        if (sawNonFinite) {
            builder.flagNonFinite(name);
        }
    }
}
