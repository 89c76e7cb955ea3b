package io.modelci.gate;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One rule of a policy: a metric and what the challenger must achieve on it.
 *
 * <p>Thresholds that are not set are {@code NaN}. The comparison rule combines {@code min_improvement} and
 * {@code max_regression} into one threshold on the direction-adjusted improvement (see {@link #threshold()}).
 *
 * @param metric the metric name, as the evaluation engine reports it
 * @param direction which way the metric gets better
 * @param minImprovement challenger minus champion (direction-adjusted) must be at least this; NaN when unset
 * @param minRelativeImprovement improvement divided by |champion| must be at least this; NaN when unset
 * @param minValue absolute floor for the challenger; NaN when unset
 * @param maxValue absolute ceiling for the challenger; NaN when unset
 * @param maxRegression the challenger may be worse by at most this much; NaN when unset
 * @param significance when set, the lower bound of the paired (1 - 2 significance) interval must clear the
 *     threshold, not just the point; NaN when unset
 * @param test the statistical test for this check; null means the policy's test
 * @param slices columns whose every value must satisfy the check too
 */
public record Check(String metric, Direction direction, double minImprovement, double minRelativeImprovement,
        double minValue, double maxValue, double maxRegression, double significance, StatisticalTest test,
        List<String> slices) {

    public Check {
        slices = List.copyOf(slices);
    }

    /** A check on {@code metric} in its default direction with no rule yet; add rules with the with-methods. */
    public static Check of(final String metric, final Direction direction) {
        return new Check(metric, direction, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                null, List.of());
    }

    public Check withMinImprovement(final double value) {
        return new Check(metric, direction, value, minRelativeImprovement, minValue, maxValue, maxRegression,
                significance, test, slices);
    }

    public Check withMinRelativeImprovement(final double value) {
        return new Check(metric, direction, minImprovement, value, minValue, maxValue, maxRegression,
                significance, test, slices);
    }

    public Check withMinValue(final double value) {
        return new Check(metric, direction, minImprovement, minRelativeImprovement, value, maxValue, maxRegression,
                significance, test, slices);
    }

    public Check withMaxValue(final double value) {
        return new Check(metric, direction, minImprovement, minRelativeImprovement, minValue, value, maxRegression,
                significance, test, slices);
    }

    public Check withMaxRegression(final double value) {
        return new Check(metric, direction, minImprovement, minRelativeImprovement, minValue, maxValue, value,
                significance, test, slices);
    }

    public Check withSignificance(final double value) {
        return new Check(metric, direction, minImprovement, minRelativeImprovement, minValue, maxValue,
                maxRegression, value, test, slices);
    }

    public Check withTest(final StatisticalTest value) {
        return new Check(metric, direction, minImprovement, minRelativeImprovement, minValue, maxValue,
                maxRegression, significance, value, slices);
    }

    public Check withSlices(final List<String> value) {
        return new Check(metric, direction, minImprovement, minRelativeImprovement, minValue, maxValue,
                maxRegression, significance, test, value);
    }

    /** Whether the check compares the challenger with the champion (rather than only bounding its value). */
    public boolean comparesWithChampion() {
        return threshold().isPresent() || !Double.isNaN(minRelativeImprovement);
    }

    /**
     * The least direction-adjusted improvement the challenger must reach: the larger of {@code min_improvement}
     * and {@code -max_regression}; 0 when only {@code significance} is set ("significantly better"); empty when
     * the check does not compare absolute differences.
     */
    public OptionalDouble threshold() {
        boolean hasMin = !Double.isNaN(minImprovement);
        boolean hasRegression = !Double.isNaN(maxRegression);
        if (hasMin && hasRegression) {
            return OptionalDouble.of(Math.max(minImprovement, -maxRegression));
        }
        if (hasMin) {
            return OptionalDouble.of(minImprovement);
        }
        if (hasRegression) {
            return OptionalDouble.of(-maxRegression);
        }
        if (!Double.isNaN(significance) && Double.isNaN(minRelativeImprovement)) {
            return OptionalDouble.of(0.0);
        }
        return OptionalDouble.empty();
    }

    /** Whether the check needs the interval's bound rather than the point estimate. */
    public boolean needsSignificance() {
        return !Double.isNaN(significance);
    }

    /** The effective test: the check's own or the policy's. */
    public StatisticalTest testOr(final StatisticalTest policyTest) {
        return test != null ? test : policyTest;
    }
}
