package io.modelci.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an evaluation found: immutable. Its JSON form ({@link EvaluationJson}) is
 * {@code {"task", "rows", "metrics": {name: value}, "intervals": {name: {"low", "high"}},
 * "slices": {column: {value: {"rows", "metrics"}}}, "warnings": [...]}} plus {@code dataset_sha256}, and for
 * multiclass {@code confusion_matrix}.
 *
 * @param task the task
 * @param rows the rows evaluated
 * @param metrics metric name to value (sorted); an undefined metric is absent and explained in the warnings
 * @param intervals bootstrap percentile intervals by metric name (empty without bootstrap)
 * @param slices slice column to slice value to its result
 * @param warnings what was noticed: dropped rows, undefined metrics
 * @param confusionMatrix multiclass only
 * @param datasetSha256 SHA-256 of the predictions file, or null when not read from a file
 */
public record EvaluationResult(Task task, long rows, Map<String, Double> metrics, Map<String, Interval> intervals,
        Map<String, Map<String, SliceResult>> slices, List<String> warnings, ConfusionMatrix confusionMatrix,
        String datasetSha256) {

    public EvaluationResult {
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
        intervals = Collections.unmodifiableMap(new TreeMap<>(intervals));
        TreeMap<String, Map<String, SliceResult>> sortedSlices = new TreeMap<>();
        slices.forEach((column, values) -> sortedSlices.put(column,
                Collections.unmodifiableMap(new TreeMap<>(values))));
        slices = Collections.unmodifiableMap(sortedSlices);
        warnings = List.copyOf(warnings);
    }

    /** A metric's value, if defined. */
    public Optional<Double> metric(final String name) {
        return Optional.ofNullable(metrics.get(name));
    }

    /** A metric's interval, if bootstrapped and defined. */
    public Optional<Interval> interval(final String name) {
        return Optional.ofNullable(intervals.get(name));
    }

    public Optional<ConfusionMatrix> confusion() {
        return Optional.ofNullable(confusionMatrix);
    }

    public Optional<String> sha256() {
        return Optional.ofNullable(datasetSha256);
    }
}
