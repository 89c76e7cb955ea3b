package io.modelci.eval;

/**
 * The difference challenger minus champion in one metric, with its paired-bootstrap percentile interval.
 *
 * @param metric the metric name
 * @param challenger the challenger's value on all rows
 * @param champion the champion's value on all rows
 * @param delta challenger - champion on all rows
 * @param low the lower bound of the interval of the delta
 * @param high the upper bound of the interval of the delta
 * @param confidence the interval's confidence level, such as 0.95
 * @param resamples the resamples in which the metric was defined for both models
 * @param shareAboveZero the share of those resamples whose delta was above zero (a one-sided bootstrap
 *         probability that the challenger is higher)
 * @param shareBelowZero the share of those resamples whose delta was below zero
 */
public record DeltaInterval(String metric, double challenger, double champion, double delta, double low,
        double high, double confidence, int resamples, double shareAboveZero, double shareBelowZero) {

    /** Whether the whole interval lies above zero. */
    public boolean isAboveZero() {
        return low > 0;
    }

    /** Whether the whole interval lies below zero. */
    public boolean isBelowZero() {
        return high < 0;
    }
}
