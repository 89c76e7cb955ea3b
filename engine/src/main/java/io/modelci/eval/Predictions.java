package io.modelci.eval;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A model's predictions held as primitive columns: what the metric, bootstrap and slice code works on.
 * Immutable (the arrays are never handed out).
 *
 * <ul>
 * <li>binary: {@code actual} 1 for the positive label, 0 otherwise; {@code score} the positive-class
 * probability; {@code predicted} 1 when predicted positive (score &gt;= threshold, or the prediction column)</li>
 * <li>multiclass: class indices into {@link #classes()} (sorted as scikit-learn sorts labels), optional
 * {@code proba[class][row]}</li>
 * <li>regression: {@code actualValue}, {@code predictedValue}</li>
 * </ul>
 * Any task may carry row ids (to align two models' predictions) and categorical slice columns.
 */
public final class Predictions {
    /** A categorical column: a code per row into its distinct values. */
    record SliceColumn(List<String> values, int[] codes) {
    }

    final Task task;
    final int rows;
    final String source;
    final String sha256;
    final byte[] actual;
    final double[] score;
    final byte[] predicted;
    final String positiveLabel;
    final int[] actualClass;
    final int[] predictedClass;
    final List<String> classes;
    final double[][] proba;
    final double[] actualValue;
    final double[] predictedValue;
    final String[] ids;
    final Map<String, SliceColumn> slices;
    final List<String> warnings;

    Predictions(final Task task, final int rows, final String source, final String sha256, final byte[] actual,
            final double[] score, final byte[] predicted, final String positiveLabel, final int[] actualClass,
            final int[] predictedClass, final List<String> classes, final double[][] proba,
            final double[] actualValue, final double[] predictedValue, final String[] ids,
            final Map<String, SliceColumn> slices, final List<String> warnings) {
        this.task = task;
        this.rows = rows;
        this.source = source;
        this.sha256 = sha256;
        this.actual = actual;
        this.score = score;
        this.predicted = predicted;
        this.positiveLabel = positiveLabel;
        this.actualClass = actualClass;
        this.predictedClass = predictedClass;
        this.classes = classes == null ? List.of() : List.copyOf(classes);
        this.proba = proba;
        this.actualValue = actualValue;
        this.predictedValue = predictedValue;
        this.ids = ids;
        this.slices = Collections.unmodifiableMap(new LinkedHashMap<>(slices));
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Binary predictions built in memory.
     *
     * @param actual 1 for a positive row, 0 for a negative one
     * @param score the positive-class probability of each row, in [0, 1]
     * @param threshold a row is predicted positive when its score is at least this
     */
    public static Predictions binary(final int[] actual, final double[] score, final double threshold) {
        if (actual.length != score.length) {
            throw new IllegalArgumentException("actual and score differ in length");
        }
        byte[] labels = new byte[actual.length];
        byte[] predicted = new byte[actual.length];
        for (int i = 0; i < actual.length; i++) {
            labels[i] = (byte) (actual[i] != 0 ? 1 : 0);
            predicted[i] = (byte) (score[i] >= threshold ? 1 : 0);
        }
        return new Predictions(Task.BINARY, actual.length, null, null, labels, score.clone(), predicted, "1",
                null, null, null, null, null, null, null, Map.of(), List.of());
    }

    /** Regression predictions built in memory. */
    public static Predictions regression(final double[] actual, final double[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("actual and predicted differ in length");
        }
        return new Predictions(Task.REGRESSION, actual.length, null, null, null, null, null, null, null, null,
                null, null, actual.clone(), predicted.clone(), null, Map.of(), List.of());
    }

    /** The same predictions with row ids (for {@link RowAlignment}). */
    public Predictions withIds(final String[] rowIds) {
        if (rowIds.length != rows) {
            throw new IllegalArgumentException("one id per row is needed");
        }
        return new Predictions(task, rows, source, sha256, actual, score, predicted, positiveLabel, actualClass,
                predictedClass, classes, proba, actualValue, predictedValue, rowIds.clone(), slices, warnings);
    }

    public Task task() {
        return task;
    }

    public int rows() {
        return rows;
    }

    /** The file the predictions were read from, if any. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** SHA-256 (hex) of the file content the predictions were read from, if any. */
    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    /** Multiclass: the class labels, in the order of the class indices. */
    public List<String> classes() {
        return classes;
    }

    /** Binary: the label taken as positive. */
    public Optional<String> positiveLabel() {
        return Optional.ofNullable(positiveLabel);
    }

    public boolean hasProbabilities() {
        return task == Task.BINARY ? score != null : proba != null;
    }

    public boolean hasIds() {
        return ids != null;
    }

    /** The names of the slice columns read. */
    public List<String> sliceColumns() {
        return List.copyOf(slices.keySet());
    }

    /** What the reader noticed and did not fail on (such as dropped rows). */
    public List<String> warnings() {
        return warnings;
    }

    /** The rows at the given indices, in that order (indices may repeat). */
    Predictions subset(final int[] indices) {
        Map<String, SliceColumn> sliced = new LinkedHashMap<>();
        for (Map.Entry<String, SliceColumn> entry : slices.entrySet()) {
            sliced.put(entry.getKey(), new SliceColumn(entry.getValue().values(),
                    gather(entry.getValue().codes(), indices)));
        }
        double[][] probaSubset = null;
        if (proba != null) {
            probaSubset = new double[proba.length][];
            for (int c = 0; c < proba.length; c++) {
                probaSubset[c] = gather(proba[c], indices);
            }
        }
        String[] idSubset = null;
        if (ids != null) {
            idSubset = new String[indices.length];
            for (int i = 0; i < indices.length; i++) {
                idSubset[i] = ids[indices[i]];
            }
        }
        return new Predictions(task, indices.length, source, sha256, gather(actual, indices), gather(score, indices),
                gather(predicted, indices), positiveLabel, gather(actualClass, indices),
                gather(predictedClass, indices), classes, probaSubset, gather(actualValue, indices),
                gather(predictedValue, indices), idSubset, sliced, warnings);
    }

    private static byte[] gather(final byte[] values, final int[] indices) {
        if (values == null) {
            return null;
        }
        byte[] out = new byte[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }

    private static int[] gather(final int[] values, final int[] indices) {
        if (values == null) {
            return null;
        }
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }

    private static double[] gather(final double[] values, final int[] indices) {
        if (values == null) {
            return null;
        }
        double[] out = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }

    @Override
    public String toString() {
        return task.id() + " predictions, " + rows + " rows" + (source == null ? "" : " from " + source)
                + (classes.isEmpty() ? "" : ", classes " + classes)
                + (slices.isEmpty() ? "" : ", slices " + slices.keySet())
                + (ids == null ? "" : ", with ids") + (Objects.isNull(proba) ? "" : ", with probabilities")
                + (Arrays.asList(warnings.toArray()).isEmpty() ? "" : ", " + warnings.size() + " warnings");
    }
}
