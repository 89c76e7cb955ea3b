package io.modelci.report;

/**
 * A metric's value in one slice of the data.
 *
 * @param slice the slice, e.g. "region=EU"
 * @param value the metric in that slice; NaN when the slice was too small to evaluate
 * @param rows the rows in the slice; negative when unknown
 */
public record SliceValue(String slice, double value, long rows) {
    public SliceValue {
        slice = ChartStyle.nonBlank(slice, "(blank)");
    }
}
