package io.modelci.metrics;

/**
 * One point of a metric's history: the value a metric had at a training step.
 *
 * @param step the step (or epoch) the value was recorded at
 * @param value the value; may be NaN or infinite (such points are flagged by {@link Metrics#nonFinite()})
 * @param timestampMillis when the value was recorded, in milliseconds since the epoch, or null when unknown
 */
public record MetricPoint(long step, double value, Long timestampMillis) {
    /** A point without a timestamp. */
    public static MetricPoint of(final long step, final double value) {
        return new MetricPoint(step, value, null);
    }

    /** Whether the value is neither NaN nor infinite. */
    public boolean isFinite() {
        return Double.isFinite(value);
    }
}
