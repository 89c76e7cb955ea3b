package io.modelci.cli;

import io.modelci.eval.ReadOptions;
import io.modelci.eval.Task;
import picocli.CommandLine.Option;

/** The task and the prediction-file columns that {@code evaluate} and {@code compare} both read. */
final class PredictionColumns {
    @Option(names = "--task", required = true, paramLabel = "TASK", description = "binary, multiclass or regression.")
    private String task;

    @Option(names = "--label-column", defaultValue = "label", paramLabel = "NAME",
            description = "Column of true labels (regression: true values). Default: ${DEFAULT-VALUE}.")
    private String labelColumn;

    @Option(names = "--score-column", defaultValue = "score", paramLabel = "NAME",
            description = "Binary: column of positive-class probabilities. Default: ${DEFAULT-VALUE}.")
    private String scoreColumn;

    @Option(names = "--positive-label", paramLabel = "LABEL",
            description = "Binary: the positive label. Default: 1, true or yes when present.")
    private String positiveLabel;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "P",
            description = "Binary: predict positive when score >= P. Default: ${DEFAULT-VALUE}.")
    private double threshold;

    /** Read options for the task with these columns, positive label and threshold. */
    ReadOptions readOptions() {
        return ReadOptions.of(Task.of(task)).withLabelColumn(labelColumn).withScoreColumn(scoreColumn)
                .withPositiveLabel(positiveLabel).withThreshold(threshold);
    }
}
