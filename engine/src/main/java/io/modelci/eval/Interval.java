package io.modelci.eval;

/**
 * A bootstrap percentile confidence interval.
 *
 * @param low the lower bound
 * @param high the upper bound
 */
public record Interval(double low, double high) {
}
