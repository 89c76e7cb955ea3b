package io.modelci.gate;

/**
 * What is known about one metric in one slice, the input of {@link CheckJudge}.
 *
 * @param challenger the challenger's value; null when the metric is missing
 * @param champion the champion's value; null when missing or when there is no champion
 * @param deltaLow lower end of the interval of (challenger - champion); NaN when there is no interval
 * @param deltaHigh upper end of that interval; NaN when there is no interval
 * @param confidence the interval's confidence level; NaN when there is no interval
 * @param pValue two-sided p-value of "no difference" (the test's, or the bootstrap's
 *     2 min(P(delta <= 0), P(delta >= 0))); NaN when there is none
 * @param test the test the interval and p-value come from
 * @param rows rows the values were computed on; 0 when unknown
 */
public record Evidence(Double challenger, Double champion, double deltaLow, double deltaHigh, double confidence,
        double pValue, StatisticalTest test, long rows) {

    /** Point values only (unpaired comparison or no champion). */
    public static Evidence points(final Double challenger, final Double champion) {
        return new Evidence(challenger, champion, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, 0);
    }

    /** Whether an interval of the delta is known. */
    public boolean hasInterval() {
        return !Double.isNaN(deltaLow) && !Double.isNaN(deltaHigh);
    }
}
