package io.modelci.report;

/** Axis ranges with a margin, safe for empty and single-valued data. */
final class ChartRanges {
    private ChartRanges() {
    }

    /** {@code [low, high]} covering {@code min..max} plus 5% each side; a sensible band when min == max. */
    static double[] padded(final double min, final double max) {
        if (!(min <= max)) {
            return new double[] {0, 1};
        }
        double span = max - min;
        if (span == 0) {
            double pad = min == 0 ? 0.5 : Math.abs(min) * 0.05;
            return new double[] {min - pad, max + pad};
        }
        return new double[] {min - span * 0.05, max + span * 0.05};
    }
}
