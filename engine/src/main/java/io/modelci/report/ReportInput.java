package io.modelci.report;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a report can show. Only the challenger's evaluation is required.
 *
 * @param title the report's title
 * @param evaluation the challenger's evaluation
 * @param championEvaluation the champion's evaluation on the same data, or null
 * @param verdict the gate's verdict, or null
 * @param history earlier builds, oldest first; may be empty
 * @param learningCurves training histories; may be empty
 * @param lineage where the model came from (commit, data fingerprint, image, ...), flattened to dotted keys
 */
public record ReportInput(String title, EvaluationSummary evaluation, EvaluationSummary championEvaluation,
        VerdictSummary verdict, List<HistoryPoint> history, List<LearningCurve> learningCurves,
        SortedMap<String, String> lineage) {
    public ReportInput {
        title = ChartStyle.nonBlank(title, "Model report");
        if (evaluation == null) {
            throw new IllegalArgumentException("a report needs the challenger's evaluation");
        }
        history = history == null ? List.of() : List.copyOf(history);
        learningCurves = learningCurves == null ? List.of() : List.copyOf(learningCurves);
        lineage = Collections.unmodifiableSortedMap(new TreeMap<>(lineage == null ? new TreeMap<>() : lineage));
    }

    /** A report of one evaluation and nothing else. */
    public static ReportInput of(final String title, final EvaluationSummary evaluation) {
        return new ReportInput(title, evaluation, null, null, null, null, null);
    }

    public Optional<EvaluationSummary> champion() {
        return Optional.ofNullable(championEvaluation);
    }

    public Optional<VerdictSummary> verdictIfAny() {
        return Optional.ofNullable(verdict);
    }
}
