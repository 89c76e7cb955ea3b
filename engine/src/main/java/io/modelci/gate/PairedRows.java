package io.modelci.gate;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Two models' predictions matched row by row (same rows, same labels): what the gate's paired statistics run on.
 * Implementations compute the metric suite and draw paired resamples: the same resampled rows for both models.
 */
public interface PairedRows {
    /** Number of matched rows. */
    int rows();

    /** The challenger's metrics on these rows; an undefined metric is absent. */
    Map<String, Double> challengerMetrics();

    /** The champion's metrics on these rows; an undefined metric is absent. */
    Map<String, Double> championMetrics();

    /**
     * Paired bootstrap: for each metric the resampling supports, {@code resamples} values of challenger minus
     * champion, each computed on one resample of the rows shared by both models. Deterministic for a seed; a
     * resample where a metric is undefined gives NaN.
     */
    Map<String, double[]> bootstrapDeltas(Collection<String> metrics, int resamples, long seed);

    /** McNemar's test on the rows each model classifies correctly. */
    McNemar.Result mcnemar();

    /** DeLong's test of the two ROC AUCs; only for binary tasks with both classes present. */
    DeLong.Result delong();

    /** The distinct values of a slice column, sorted; an unknown column is an {@link io.modelci.InputException}. */
    List<String> sliceValues(String column);

    /** The rows whose {@code column} has {@code value}. */
    PairedRows slice(String column, String value);

    /** SHA-256 of the challenger's predictions, or null. */
    String challengerFingerprint();

    /** SHA-256 of the champion's predictions, or null. */
    String championFingerprint();
}
