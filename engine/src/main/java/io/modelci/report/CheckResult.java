package io.modelci.report;

/**
 * One check of a gate's verdict, as a report shows it.
 *
 * @param metric the metric checked
 * @param slice the slice the check was made in (e.g. "region=EU"), or null for the whole data set
 * @param challenger the challenger's value (NaN when missing)
 * @param champion the champion's value (NaN when there is none)
 * @param delta challenger minus champion (NaN when unknown)
 * @param interval the delta's confidence interval, {@link Interval#NONE} when none
 * @param pValue the test's p-value, NaN when none applies
 * @param passed whether the check passed
 * @param reason the gate's one-line explanation
 * @param threshold an absolute floor or ceiling for the metric (min_value/max_value), NaN when none
 * @param higherIsBetter the direction of the metric
 */
public record CheckResult(String metric, String slice, double challenger, double champion, double delta, Interval interval,
        double pValue, boolean passed, String reason, double threshold, boolean higherIsBetter) {
    public CheckResult {
        metric = ChartStyle.nonBlank(metric, "metric");
        interval = interval == null ? Interval.NONE : interval;
        reason = reason == null ? "" : reason;
        slice = slice == null || slice.isBlank() ? null : slice;
    }

    /** The metric, with its slice in parentheses for a per-slice check: what tables and charts show. */
    public String label() {
        return slice == null ? metric : metric + " (" + slice + ")";
    }
}
