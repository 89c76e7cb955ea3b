package io.modelci.report;

/**
 * One value of a metric at one point of a trend.
 *
 * @param x the build number, model version, or epoch milliseconds (for a date axis)
 * @param value the metric's value; NaN marks a gap (a build without the metric) and breaks the line there
 */
public record TrendPoint(double x, double value) {
    /** A gap: the build at {@code x} has no value for this metric. */
    public static TrendPoint gap(final double x) {
        return new TrendPoint(x, Double.NaN);
    }
}
