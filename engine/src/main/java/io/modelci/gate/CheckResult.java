package io.modelci.gate;

/**
 * The outcome of one check in one slice (or overall), with the numbers behind it and a reason a person reads.
 *
 * @param metric the metric checked
 * @param slice {@code column=value} for a slice, null for all rows
 * @param outcome pass, fail or skipped
 * @param direction which way the metric gets better
 * @param challenger challenger's value, null when missing (NaN when not finite)
 * @param champion champion's value, null when missing or when there is no champion
 * @param delta challenger - champion, null when either is missing
 * @param intervalLow lower end of the delta's interval, null when none
 * @param intervalHigh upper end of the delta's interval, null when none
 * @param confidence the interval's confidence, null when none
 * @param pValue the test's p-value, null when none applies
 * @param test the test used ({@code bootstrap}, {@code mcnemar}, {@code delong}) or {@code none}
 * @param comparison paired, unpaired or no_champion
 * @param rows rows behind the values, 0 when unknown
 * @param reason one line saying why the check passed or failed
 */
public record CheckResult(String metric, String slice, Outcome outcome, Direction direction, Double challenger,
        Double champion, Double delta, Double intervalLow, Double intervalHigh, Double confidence, Double pValue,
        String test, Comparison comparison, long rows, String reason) {

    /** Whether the check holds (skipped slices do not count against the challenger). */
    public boolean passed() {
        return outcome != Outcome.FAIL;
    }

    /** The check's name with its slice: {@code roc_auc} or {@code roc_auc [region=EU]}. */
    public String label() {
        return slice == null ? metric : metric + " [" + slice + "]";
    }
}
