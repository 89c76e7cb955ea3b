package io.modelci.eval;

import io.modelci.InputException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two models' predictions aligned on the same rows (by {@link RowAlignment}), with what a champion/challenger gate
 * needs beyond {@link PairedBootstrap}: the raw bootstrap deltas (so that intervals at several confidence levels
 * come from one set of resamples), per-row views for exact paired tests (McNemar, DeLong), and slicing of both
 * models by the challenger's slice columns.
 */
public final class PairedPredictions {
    private final Predictions challenger;
    private final Predictions champion;

    private PairedPredictions(final Predictions challenger, final Predictions champion) {
        this.challenger = challenger;
        this.champion = champion;
    }

    /**
     * Aligns the champion's rows to the challenger's: by the id column when both have one, else by position.
     *
     * @throws InputException when tasks, row counts, ids or labels do not match
     */
    public static PairedPredictions align(final Predictions challenger, final Predictions champion) {
        Predictions[] aligned = RowAlignment.align(challenger, champion);
        return new PairedPredictions(aligned[0], aligned[1]);
    }

    public Task task() {
        return challenger.task;
    }

    public int rows() {
        return challenger.rows;
    }

    /** SHA-256 of the challenger's predictions file, or null when built in memory. */
    public String challengerSha256() {
        return challenger.sha256;
    }

    /** SHA-256 of the champion's predictions file, or null when built in memory. */
    public String championSha256() {
        return champion.sha256;
    }

    /** The challenger's full metric suite on the shared rows; undefined metrics absent. */
    public Map<String, Double> challengerMetrics() {
        return MetricSuite.of(challenger).compute(null, null, new ArrayList<>());
    }

    /** The champion's full metric suite on the shared rows; undefined metrics absent. */
    public Map<String, Double> championMetrics() {
        return MetricSuite.of(champion).compute(null, null, new ArrayList<>());
    }

    /**
     * Challenger minus champion of each metric on {@code resamples} paired resamples (the same rows for both);
     * NaN where a metric is undefined in a resample. Metrics unknown to the task are left out.
     */
    public Map<String, double[]> bootstrapDeltas(final Collection<String> metrics, final int resamples,
            final long seed, final int threads) {
        if (rows() == 0 || resamples < 1) {
            return Map.of();
        }
        return PairedBootstrap.resampledDeltas(challenger, champion, List.copyOf(new LinkedHashSet<>(metrics)),
                resamples, seed, threads);
    }

    /** Per row, whether the challenger's predicted class is right (binary and multiclass). */
    public boolean[] challengerCorrect() {
        return correct(challenger);
    }

    /** Per row, whether the champion's predicted class is right (binary and multiclass). */
    public boolean[] championCorrect() {
        return correct(champion);
    }

    private static boolean[] correct(final Predictions predictions) {
        boolean[] correct = new boolean[predictions.rows];
        switch (predictions.task) {
            case BINARY -> {
                for (int i = 0; i < correct.length; i++) {
                    correct[i] = predictions.predicted[i] == predictions.actual[i];
                }
            }
            case MULTICLASS -> {
                for (int i = 0; i < correct.length; i++) {
                    correct[i] = predictions.predictedClass[i] == predictions.actualClass[i];
                }
            }
            default -> throw InputException.ofField("test", "McNemar's test needs classifications, not "
                    + predictions.task.id());
        }
        return correct;
    }

    /** Binary: 1 for a positive row. */
    public byte[] positive() {
        requireBinary("the labels");
        return challenger.actual.clone();
    }

    /** Binary: the challenger's positive-class scores. */
    public double[] challengerScores() {
        requireBinary("scores");
        return challenger.score.clone();
    }

    /** Binary: the champion's positive-class scores. */
    public double[] championScores() {
        requireBinary("scores");
        return champion.score.clone();
    }

    /** Binary: the challenger's predicted classes (1 positive). */
    public byte[] challengerPredicted() {
        requireBinary("predicted classes");
        return challenger.predicted.clone();
    }

    /** Binary: the champion's predicted classes (1 positive). */
    public byte[] championPredicted() {
        requireBinary("predicted classes");
        return champion.predicted.clone();
    }

    private void requireBinary(final String what) {
        if (task() != Task.BINARY) {
            throw InputException.ofField("task", "binary " + what + " asked of " + task().id() + " predictions");
        }
    }

    /** The slice columns the challenger's predictions carry. */
    public List<String> sliceColumns() {
        return challenger.sliceColumns();
    }

    /** The distinct values of a slice column, sorted. */
    public List<String> sliceValues(final String column) {
        return new ArrayList<>(new TreeSet<>(column(column).values()));
    }

    /** Both models' rows whose {@code column} has {@code value}. */
    public PairedPredictions slice(final String column, final String value) {
        Predictions.SliceColumn slice = column(column);
        int code = slice.values().indexOf(value);
        int[] codes = slice.codes();
        int count = 0;
        for (int c : codes) {
            count += c == code ? 1 : 0;
        }
        int[] rows = new int[count];
        int next = 0;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == code) {
                rows[next++] = i;
            }
        }
        return new PairedPredictions(challenger.subset(rows), champion.subset(rows));
    }

    private Predictions.SliceColumn column(final String column) {
        Predictions.SliceColumn slice = challenger.slices.get(column);
        if (slice == null) {
            throw InputException.ofField(column, "no such slice column in the challenger's predictions; it has "
                    + (challenger.slices.isEmpty() ? "none (read them with the slice columns named)"
                    : String.join(", ", challenger.slices.keySet())));
        }
        return slice;
    }
}
