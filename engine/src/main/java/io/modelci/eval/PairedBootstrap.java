package io.modelci.eval;

import io.modelci.InputException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Paired bootstrap of metric differences between two models that scored the same rows: every resample draws
 * one set of rows (as per-row multiplicities) and evaluates both models on it, so the interval of the delta
 * reflects only how the models differ, not how the data varies. Reproducible for a given seed, whatever the
 * thread count.
 *
 * <pre>{@code
 * Predictions challenger = PredictionsReader.read(newFile, ReadOptions.of(Task.BINARY).withIdColumn("id"));
 * Predictions champion = PredictionsReader.read(oldFile, ReadOptions.of(Task.BINARY).withIdColumn("id"));
 * Map<String, DeltaInterval> deltas = PairedBootstrap.deltas(challenger, champion,
 *         List.of("accuracy", "f1", "roc_auc"), 1000, 42L, 0.95);
 * if (deltas.get("roc_auc").isBelowZero()) { ...reject... }
 * }</pre>
 */
public final class PairedBootstrap {
    private PairedBootstrap() {
    }

    /** {@link #deltas(Predictions, Predictions, List, int, long, double, int)} on the default threads (2). */
    public static Map<String, DeltaInterval> deltas(final Predictions challenger, final Predictions champion,
            final List<String> metrics, final int resamples, final long seed, final double confidence) {
        return deltas(challenger, champion, metrics, resamples, seed, confidence, Resampling.defaultThreads());
    }

    /**
     * Challenger-minus-champion deltas with percentile intervals.
     *
     * @param challenger the new model's predictions
     * @param champion the current model's predictions on the same rows (aligned by {@link RowAlignment})
     * @param metrics metric names of the task (as in {@link EvaluationResult#metrics()})
     * @param resamples bootstrap resamples, at least 1
     * @param seed the random seed
     * @param confidence the interval's confidence level, in (0, 1)
     * @param threads worker threads; the result does not depend on it
     * @return by metric name (sorted); a metric undefined for either model on all rows is absent
     * @throws InputException when the rows cannot be aligned, a metric is unknown or an argument is out of range
     */
    public static Map<String, DeltaInterval> deltas(final Predictions challenger, final Predictions champion,
            final List<String> metrics, final int resamples, final long seed, final double confidence,
            final int threads) {
        checkArguments(resamples, confidence);
        Predictions[] aligned = inChallengerScoreOrder(RowAlignment.align(challenger, champion));
        MetricSuite challengerSuite = MetricSuite.of(aligned[0]);
        MetricSuite championSuite = MetricSuite.of(aligned[1]);
        Set<String> wanted = new LinkedHashSet<>(metrics);
        Map<String, Double> challengerValues = challengerSuite.compute(null, wanted, new ArrayList<>());
        Map<String, Double> championValues = championSuite.compute(null, wanted, new ArrayList<>());
        for (String metric : wanted) {
            if (!MetricNames.of(challenger.task).contains(metric)) {
                throw InputException.ofField("metrics", "'" + metric + "' is not a " + challenger.task.id()
                        + " metric; known: " + MetricNames.of(challenger.task));
            }
        }
        List<String> names = new ArrayList<>();
        for (String metric : wanted) {
            if (challengerValues.containsKey(metric) && championValues.containsKey(metric)) {
                names.add(metric);
            }
        }
        double[][] deltas = resample(aligned, challengerSuite, championSuite, names, wanted, resamples, seed,
                threads);
        Map<String, DeltaInterval> result = new TreeMap<>();
        for (int m = 0; m < names.size(); m++) {
            String name = names.get(m);
            Interval interval = Resampling.percentile(deltas[m], confidence);
            int defined = 0;
            int above = 0;
            int below = 0;
            for (double delta : deltas[m]) {
                if (!Double.isNaN(delta)) {
                    defined++;
                    above += delta > 0 ? 1 : 0;
                    below += delta < 0 ? 1 : 0;
                }
            }
            if (interval == null) {
                continue;
            }
            double a = challengerValues.get(name);
            double b = championValues.get(name);
            result.put(name, new DeltaInterval(name, a, b, a - b, interval.low(), interval.high(), confidence,
                    defined, (double) above / defined, (double) below / defined));
        }
        return result;
    }

    /**
     * The raw paired deltas, challenger minus champion, one per resample (NaN where a metric is undefined in a
     * resample): for callers that want several intervals or their own statistic from one set of resamples.
     *
     * @param metrics metric names of the task; names the task does not know are left out
     * @return metric name to {@code deltas[resample]}, in the order of {@code metrics}
     * @throws InputException when the rows cannot be aligned
     */
    public static Map<String, double[]> resampledDeltas(final Predictions challenger, final Predictions champion,
            final List<String> metrics, final int resamples, final long seed, final int threads) {
        checkArguments(resamples, 0.5);
        Predictions[] aligned = inChallengerScoreOrder(RowAlignment.align(challenger, champion));
        List<String> names = metrics.stream().filter(MetricNames.of(challenger.task)::contains).distinct().toList();
        Set<String> wanted = new LinkedHashSet<>(names);
        double[][] deltas = resample(aligned, MetricSuite.of(aligned[0]), MetricSuite.of(aligned[1]), names, wanted,
                resamples, seed, threads);
        Map<String, double[]> result = new java.util.LinkedHashMap<>();
        for (int m = 0; m < names.size(); m++) {
            result.put(names.get(m), deltas[m]);
        }
        return result;
    }

    private static double[][] resample(final Predictions[] aligned, final MetricSuite challengerSuite,
            final MetricSuite championSuite, final List<String> names, final Set<String> wanted,
            final int resamples, final long seed, final int threads) {
        int rows = aligned[0].rows;
        // fill the suites' caches (sort orders) before the threads share them
        byte[] ones = new byte[rows];
        java.util.Arrays.fill(ones, (byte) 1);
        challengerSuite.compute(ones, wanted, null);
        championSuite.compute(ones, wanted, null);
        return Resampling.run(rows, resamples, seed, threads, names.size(), () -> (weights, out) -> {
            Map<String, Double>[] fast = challengerSuite instanceof BinarySuite x && championSuite instanceof BinarySuite y
                    ? BinarySuite.pairedFast(x, y, wanted, weights) : null;
            Map<String, Double> a = fast != null ? fast[0] : challengerSuite.compute(weights, wanted, null);
            Map<String, Double> b = fast != null ? fast[1] : championSuite.compute(weights, wanted, null);
            for (int m = 0; m < names.size(); m++) {
                Double x = a.get(names.get(m));
                Double y = b.get(names.get(m));
                out[m] = x == null || y == null ? Double.NaN : x - y;
            }
        });
    }

    /** Rows per tile of the layout below: their multiplicities (one byte each) stay in the L1 cache. */
    private static final int TILE = 1 << 14;

    /**
     * Both models' rows laid out for the resampling passes. Resampling draws rows uniformly, so the layout
     * changes nothing in distribution, only in speed: each model's pass walks its sorted scores and reads the
     * resample's multiplicity of each row, at random unless the layout helps. Rows are put in tiles by the
     * challenger's score rank (16,384 rows per tile), and within a tile in the champion's score order. The
     * challenger's pass then reads within one small tile at a time; the champion's pass reads every tile in
     * order, a few rows at a time, like so many sequential streams.
     */
    private static Predictions[] inChallengerScoreOrder(final Predictions[] aligned) {
        Predictions challenger = aligned[0];
        if (challenger.task != Task.BINARY || challenger.rows > Ranking.MAX_ROWS) {
            return aligned;
        }
        int n = challenger.rows;
        int[] challengerRows = Ranking.rows(Ranking.order(challenger.actual, challenger.score, n));
        int[] championRows = Ranking.rows(Ranking.order(aligned[1].actual, aligned[1].score, n));
        int[] tileOf = new int[n];
        for (int rank = 0; rank < n; rank++) {
            tileOf[challengerRows[rank]] = rank / TILE;
        }
        int[] next = new int[(n + TILE - 1) / TILE];
        for (int tile = 0; tile < next.length; tile++) {
            next[tile] = tile * TILE;
        }
        int[] layout = new int[n];
        for (int row : championRows) {
            layout[next[tileOf[row]]++] = row;
        }
        return new Predictions[] {challenger.subset(layout), aligned[1].subset(layout)};
    }

    static void checkArguments(final int resamples, final double confidence) {
        if (resamples < 1) {
            throw InputException.ofField("bootstrap", "needs at least 1 resample, got " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw InputException.ofField("confidence", "must be between 0 and 1 (exclusive), got " + confidence);
        }
    }
}
