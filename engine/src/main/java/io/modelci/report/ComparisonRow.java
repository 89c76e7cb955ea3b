package io.modelci.report;

/**
 * One metric of a champion/challenger comparison. Any value may be NaN when unknown (an interval without a
 * bootstrap, a champion that was never evaluated); what is unknown is simply not drawn.
 *
 * @param metric the metric's name
 * @param challenger the challenger's value, with its interval {@code challengerLow..challengerHigh}
 * @param champion the champion's value, with its interval {@code championLow..championHigh}
 * @param delta challenger minus champion, with the (paired) interval {@code deltaLow..deltaHigh}
 * @param outcome how the gate's check of this metric came out
 */
public record ComparisonRow(String metric,
        double challenger, double challengerLow, double challengerHigh,
        double champion, double championLow, double championHigh,
        double delta, double deltaLow, double deltaHigh,
        CheckOutcome outcome) {
    public ComparisonRow {
        metric = ChartStyle.nonBlank(metric, "metric");
        outcome = outcome == null ? CheckOutcome.NOT_CHECKED : outcome;
    }

    /** A row from point values and an outcome, without intervals; delta is computed. */
    public static ComparisonRow of(final String metric, final double challenger, final double champion,
            final CheckOutcome outcome) {
        double nan = Double.NaN;
        return new ComparisonRow(metric, challenger, nan, nan, champion, nan, nan, challenger - champion, nan, nan,
                outcome);
    }
}
