package io.modelci.eval;

import java.util.List;
import java.util.Objects;

/**
 * How to read a predictions file: which columns hold what. Immutable; start from {@link #of(Task)} and change
 * what differs with the {@code with...} methods.
 *
 * @param task what kind of predictions the file holds
 * @param labelColumn the true label (binary, multiclass) or value (regression); default {@code label}
 * @param scoreColumn binary only: the probability of the positive class; default {@code score}
 * @param predictionColumn the predicted class or value; null means {@code prediction} for multiclass and
 *         regression, and "derive from score and threshold" for binary
 * @param probaPrefix multiclass: columns named prefix + class hold class probabilities; default {@code proba_}
 * @param positiveLabel binary: the positive label; null means {@code 1}, {@code true} or {@code yes} when present
 * @param threshold binary: a row is predicted positive when its score is at least this; default 0.5
 * @param sliceBy columns kept as slices (categorical values)
 * @param idColumn a column of row identifiers (to align two models' predictions), or null
 * @param dropInvalid drop rows with a missing or NaN number (counted in a warning) instead of failing
 * @param format the file format; {@link Format#AUTO} decides from the name and content
 */
public record ReadOptions(Task task, String labelColumn, String scoreColumn, String predictionColumn,
        String probaPrefix, String positiveLabel, double threshold, List<String> sliceBy, String idColumn,
        boolean dropInvalid, Format format) {

    /** File formats. */
    public enum Format {
        /** {@code .jsonl}/{@code .ndjson} names or content starting with '{' are JSON Lines, the rest delimited. */
        AUTO,
        /** Comma, tab, semicolon or pipe separated, with a header; the delimiter is detected. */
        DELIMITED,
        /** One JSON object per line. */
        JSON_LINES
    }

    public ReadOptions {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(labelColumn, "labelColumn");
        Objects.requireNonNull(scoreColumn, "scoreColumn");
        Objects.requireNonNull(probaPrefix, "probaPrefix");
        sliceBy = List.copyOf(sliceBy);
        Objects.requireNonNull(format, "format");
    }

    /** The defaults for a task. */
    public static ReadOptions of(final Task task) {
        return new ReadOptions(task, "label", "score", null, "proba_", null, 0.5, List.of(), null, false,
                Format.AUTO);
    }

    /** The prediction column actually used, or null for a binary task that thresholds the score. */
    public String effectivePredictionColumn() {
        if (predictionColumn != null || task == Task.BINARY) {
            return predictionColumn;
        }
        return "prediction";
    }

    public ReadOptions withLabelColumn(final String column) {
        return new ReadOptions(task, column, scoreColumn, predictionColumn, probaPrefix, positiveLabel, threshold,
                sliceBy, idColumn, dropInvalid, format);
    }

    public ReadOptions withScoreColumn(final String column) {
        return new ReadOptions(task, labelColumn, column, predictionColumn, probaPrefix, positiveLabel, threshold,
                sliceBy, idColumn, dropInvalid, format);
    }

    public ReadOptions withPredictionColumn(final String column) {
        return new ReadOptions(task, labelColumn, scoreColumn, column, probaPrefix, positiveLabel, threshold,
                sliceBy, idColumn, dropInvalid, format);
    }

    public ReadOptions withProbaPrefix(final String prefix) {
        return new ReadOptions(task, labelColumn, scoreColumn, predictionColumn, prefix, positiveLabel, threshold,
                sliceBy, idColumn, dropInvalid, format);
    }

    public ReadOptions withPositiveLabel(final String label) {
        return new ReadOptions(task, labelColumn, scoreColumn, predictionColumn, probaPrefix, label, threshold,
                sliceBy, idColumn, dropInvalid, format);
    }

    public ReadOptions withThreshold(final double value) {
        return new ReadOptions(task, labelColumn, scoreColumn, predictionColumn, probaPrefix, positiveLabel, value,
                sliceBy, idColumn, dropInvalid, format);
    }

    public ReadOptions withSliceBy(final List<String> columns) {
        return new ReadOptions(task, labelColumn, scoreColumn, predictionColumn, probaPrefix, positiveLabel,
                threshold, columns, idColumn, dropInvalid, format);
    }

    public ReadOptions withIdColumn(final String column) {
        return new ReadOptions(task, labelColumn, scoreColumn, predictionColumn, probaPrefix, positiveLabel,
                threshold, sliceBy, column, dropInvalid, format);
    }

    public ReadOptions withDropInvalid(final boolean drop) {
        return new ReadOptions(task, labelColumn, scoreColumn, predictionColumn, probaPrefix, positiveLabel,
                threshold, sliceBy, idColumn, drop, format);
    }

    public ReadOptions withFormat(final Format value) {
        return new ReadOptions(task, labelColumn, scoreColumn, predictionColumn, probaPrefix, positiveLabel,
                threshold, sliceBy, idColumn, dropInvalid, value);
    }
}
