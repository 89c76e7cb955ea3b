package io.modelci.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metrics of one task over one set of predictions, computed with optional per-row multiplicities: the point
 * estimate counts every row once, a bootstrap resample counts row {@code i} {@code weights[i]} times (the same
 * as materialising the resampled rows, without doing so). Anything sorted is sorted once and reused.
 */
interface MetricSuite {
    /** log_loss clips probabilities to [EPS, 1 - EPS]: float64's machine epsilon, as scikit-learn does. */
    double EPS = 2.220446049250313e-16;

    /**
     * @param weights the multiplicity of each row, or null for one each
     * @param wanted the metric names to compute, or null for all (others may be computed too)
     * @param warnings where to say why a metric is undefined, or null to stay silent
     * @return metric name to value; an undefined metric is absent
     */
    Map<String, Double> compute(byte[] weights, Set<String> wanted, List<String> warnings);

    /** The suite for the predictions' task. */
    static MetricSuite of(final Predictions predictions) {
        return switch (predictions.task()) {
            case BINARY -> new BinarySuite(predictions);
            case MULTICLASS -> new MulticlassSuite(predictions);
            case REGRESSION -> new RegressionSuite(predictions);
        };
    }

    /** Whether {@code name} is asked for. */
    static boolean wants(final Set<String> wanted, final String name) {
        return wanted == null || wanted.contains(name);
    }

    /** Division where an empty denominator gives 0, as scikit-learn's {@code zero_division=0}. */
    static double divide(final double numerator, final double denominator) {
        return denominator == 0 ? 0.0 : numerator / denominator;
    }

    /** F1 from precision and recall, in scikit-learn's order of operations. */
    static double f1(final double precision, final double recall) {
        double denominator = precision + recall;
        return denominator == 0 ? 0.0 : 2.0 * precision * recall / denominator;
    }
}
