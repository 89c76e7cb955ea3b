package io.modelci.report;

/** A confidence interval {@code low..high}; either end may be NaN when unknown. */
public record Interval(double low, double high) {
    /** An interval with both ends unknown. */
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

    /** Whether both ends are known. */
    public boolean known() {
        return Double.isFinite(low) && Double.isFinite(high);
    }
}
