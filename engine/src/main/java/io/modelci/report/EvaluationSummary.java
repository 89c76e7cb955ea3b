package io.modelci.report;

import io.modelci.eval.ConfusionMatrix;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a report needs from one model's evaluation: the shape of {@code modelci evaluate --json}.
 *
 * @param task binary, multiclass or regression
 * @param rows rows evaluated
 * @param metrics metric values by name
 * @param intervals bootstrap intervals by metric name; may be empty
 * @param slices slice column to slice value to that slice's metrics
 * @param warnings the evaluation's warnings
 * @param confusionMatrix the confusion matrix, or null when the evaluation has none
 * @param roc the ROC curve, or null
 * @param precisionRecall the precision-recall curve, or null
 */
public record EvaluationSummary(String task, long rows, SortedMap<String, Double> metrics,
        SortedMap<String, Interval> intervals, SortedMap<String, SortedMap<String, SliceSummary>> slices,
        List<String> warnings, ConfusionMatrix confusionMatrix, Curve roc, Curve precisionRecall) {
    public EvaluationSummary {
        task = task == null ? "" : task;
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics == null ? new TreeMap<>() : metrics));
        intervals = Collections.unmodifiableSortedMap(new TreeMap<>(intervals == null ? new TreeMap<>()
                : intervals));
        TreeMap<String, SortedMap<String, SliceSummary>> copy = new TreeMap<>();
        if (slices != null) {
            slices.forEach((column, values) -> copy.put(column,
                    Collections.unmodifiableSortedMap(new TreeMap<>(values))));
        }
        slices = Collections.unmodifiableSortedMap(copy);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An evaluation with metrics only. */
    public static EvaluationSummary ofMetrics(final String task, final long rows,
            final SortedMap<String, Double> metrics) {
        return new EvaluationSummary(task, rows, metrics, null, null, null, null, null, null);
    }

    /** The metric's value, or NaN when absent. */
    public double metric(final String name) {
        Double value = metrics.get(name);
        return value == null ? Double.NaN : value;
    }

    /** The metric's interval, or {@link Interval#NONE}. */
    public Interval interval(final String name) {
        return intervals.getOrDefault(name, Interval.NONE);
    }

    /** The confusion matrix: the evaluation's own, or the binary one built from tp, fp, tn and fn. */
    public Optional<ConfusionMatrix> confusion() {
        if (confusionMatrix != null) {
            return Optional.of(confusionMatrix);
        }
        double tp = metric("tp");
        double fp = metric("fp");
        double tn = metric("tn");
        double fn = metric("fn");
        if (Double.isFinite(tp + fp + tn + fn)) {
            // Labels "0" (negative) and "1" (positive), counts[actual][predicted].
            return Optional.of(new ConfusionMatrix(List.of("0", "1"),
                    new long[][] {{(long) tn, (long) fp}, {(long) fn, (long) tp}}));
        }
        return Optional.empty();
    }
}
