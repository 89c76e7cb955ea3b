package io.modelci.gate;

import io.modelci.InputException;
import io.modelci.eval.PairedBinaryKernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Two binary classifiers' predictions on the same rows, held as primitive arrays, with the gate's paired
 * statistics: the metric suite, a multi-threaded paired bootstrap (the same resampled rows for both models:
 * n rows drawn with replacement, or Poisson(1) row weights from {@link #POISSON_FROM_ROWS} rows on, computed by
 * the evaluation engine's {@link PairedBinaryKernel}), McNemar and DeLong.
 *
 * <p>The bootstrap is deterministic for a seed whatever the number of threads: resample {@code r} draws from its
 * own generator, seeded from (seed, r).
 */
public final class BinaryPairs implements PairedRows {
    /**
     * From this many rows on, resamples use Poisson(1) row weights (the Poisson bootstrap of Hanley and MacGibbon
     * 2006, Chamandy et al. 2012) instead of exactly n draws: the two agree to O(1/n), and independent per-row
     * weights are drawn sequentially, several times faster than n random increments.
     */
    public static final int POISSON_FROM_ROWS = 100_000;
    /** Worker threads of the bootstrap: one per core; the results do not depend on it. */
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final byte[] positive;
    private final double[] scoreA;
    private final double[] scoreB;
    private final byte[] predictedA;
    private final byte[] predictedB;
    private final Map<String, String[]> sliceColumns;
    private final String fingerprintA;
    private final String fingerprintB;
    private PairedBinaryKernel kernel;
    private double[][] pointMetrics;

    /**
     * @param positive 1 for a positive row, 0 for a negative one
     * @param challengerScores the challenger's positive-class probabilities
     * @param championScores the champion's, on the same rows in the same order
     * @param threshold a row is predicted positive when its score is at least this
     * @param sliceColumns slice column name to each row's value (may be empty)
     */
    public BinaryPairs(final byte[] positive, final double[] challengerScores, final double[] championScores,
            final double threshold, final Map<String, String[]> sliceColumns, final String challengerFingerprint,
            final String championFingerprint) {
        this(positive, challengerScores, championScores, predict(challengerScores, threshold),
                predict(championScores, threshold), sliceColumns, challengerFingerprint, championFingerprint);
    }

    /** With explicit predicted classes (1 positive) for both models. */
    public BinaryPairs(final byte[] positive, final double[] challengerScores, final double[] championScores,
            final byte[] challengerPredicted, final byte[] championPredicted, final Map<String, String[]> sliceColumns,
            final String challengerFingerprint, final String championFingerprint) {
        int rows = positive.length;
        if (challengerScores.length != rows || championScores.length != rows || challengerPredicted.length != rows
                || championPredicted.length != rows) {
            throw new IllegalArgumentException("both models must be scored on the same rows");
        }
        this.positive = positive;
        this.scoreA = challengerScores;
        this.scoreB = championScores;
        this.predictedA = challengerPredicted;
        this.predictedB = championPredicted;
        this.sliceColumns = new LinkedHashMap<>(sliceColumns);
        this.fingerprintA = challengerFingerprint;
        this.fingerprintB = championFingerprint;
    }

    private static byte[] predict(final double[] scores, final double threshold) {
        byte[] predicted = new byte[scores.length];
        for (int i = 0; i < scores.length; i++) {
            predicted[i] = (byte) (scores[i] >= threshold ? 1 : 0);
        }
        return predicted;
    }

    private synchronized PairedBinaryKernel kernel() {
        if (kernel == null) {
            kernel = new PairedBinaryKernel(positive, scoreA, scoreB, predictedA, predictedB);
        }
        return kernel;
    }

    private synchronized double[][] points() {
        if (pointMetrics == null) {
            pointMetrics = kernel().points();
        }
        return pointMetrics;
    }

    @Override
    public int rows() {
        return positive.length;
    }

    @Override
    public Map<String, Double> challengerMetrics() {
        return asMap(points()[0]);
    }

    @Override
    public Map<String, Double> championMetrics() {
        return asMap(points()[1]);
    }

    private static Map<String, Double> asMap(final double[] values) {
        Map<String, Double> map = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                map.put(PairedBinaryKernel.METRICS.get(i), values[i]);
            }
        }
        return map;
    }

    @Override
    public Map<String, double[]> bootstrapDeltas(final Collection<String> metrics, final int resamples,
            final long seed) {
        if (rows() == 0 || resamples < 1) {
            return Map.of();
        }
        return kernel().bootstrapDeltas(List.copyOf(metrics), resamples, seed, THREADS);
    }

    @Override
    public McNemar.Result mcnemar() {
        long challengerOnly = 0;
        long championOnly = 0;
        for (int i = 0; i < positive.length; i++) {
            boolean a = predictedA[i] == positive[i];
            boolean b = predictedB[i] == positive[i];
            if (a && !b) {
                challengerOnly++;
            }
            else if (b && !a) {
                championOnly++;
            }
        }
        return McNemar.of(challengerOnly, championOnly, positive.length);
    }

    @Override
    public DeLong.Result delong() {
        boolean[] labels = new boolean[positive.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = positive[i] == 1;
        }
        return DeLong.test(scoreA, scoreB, labels);
    }

    @Override
    public List<String> sliceValues(final String column) {
        return new ArrayList<>(new TreeSet<>(Arrays.asList(column(column))));
    }

    private String[] column(final String column) {
        String[] values = sliceColumns.get(column);
        if (values == null) {
            throw InputException.ofField(column, "no such slice column in the predictions; they have "
                    + (sliceColumns.isEmpty() ? "none" : String.join(", ", sliceColumns.keySet())));
        }
        return values;
    }

    @Override
    public PairedRows slice(final String column, final String value) {
        String[] values = column(column);
        int[] rows = IntStream.range(0, values.length).filter(i -> values[i].equals(value)).toArray();
        Map<String, String[]> columns = new LinkedHashMap<>();
        sliceColumns.forEach((name, all) -> columns.put(name, gather(all, rows)));
        return new BinaryPairs(gather(positive, rows), gather(scoreA, rows), gather(scoreB, rows),
                gather(predictedA, rows), gather(predictedB, rows), columns, fingerprintA, fingerprintB);
    }

    private static byte[] gather(final byte[] values, final int[] rows) {
        byte[] result = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            result[i] = values[rows[i]];
        }
        return result;
    }

    private static double[] gather(final double[] values, final int[] rows) {
        double[] result = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            result[i] = values[rows[i]];
        }
        return result;
    }

    private static String[] gather(final String[] values, final int[] rows) {
        String[] result = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            result[i] = values[rows[i]];
        }
        return result;
    }

    @Override
    public String challengerFingerprint() {
        return fingerprintA;
    }

    @Override
    public String championFingerprint() {
        return fingerprintB;
    }
}
