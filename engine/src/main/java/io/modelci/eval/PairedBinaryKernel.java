package io.modelci.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paired bootstrap of two binary classifiers scored on the same rows: the metrics of both under one set of
 * resample weights, and their deltas, computed in a few passes over primitive arrays. Both
 * {@link PairedBootstrap} and the champion/challenger gate resample binary metrics through it.
 *
 * <p>Layout. A resample is a byte of weight per row, and each model's ROC AUC walks its score order reading the
 * weight of every row, so how rows are placed decides the speed. Rows are placed in tiles of 16,384 by the
 * challenger's score rank, and within a tile in the champion's score order. The challenger's walk then reads
 * weights within one 16 KB tile at a time (level-1 cache); the champion's walk reads every tile in order, a few
 * rows at a time, so each tile's current cache line stays in the level-1 cache too. Weights are drawn per row
 * independently of the layout (Poisson) or uniformly over rows (multinomial), so the layout changes nothing in
 * distribution.
 *
 * <p>Per resample: one sequential pass sums the weights of the 8 (label, challenger prediction, champion
 * prediction) classes, which gives both confusion matrices; each model's AUC is a branch-free walk of its score
 * order (ties get half credit, scikit-learn's rule); log loss and Brier score deltas are weighted sums of per-row
 * differences kept as floats (the rounding moves a mean over many rows by well under 1e-9).
 */
public final class PairedBinaryKernel {
    /** The metrics the kernel computes, in the order of its result arrays. */
    public static final List<String> METRICS = List.of("accuracy", "balanced_accuracy", "precision", "recall", "f1",
            "mcc", "roc_auc", "log_loss", "brier_score", "tp", "fp", "tn", "fn");
    /** The most rows: champion entries pack a position in 29 bits. */
    public static final int MAX_ROWS = 1 << 29;
    private static final int ROC_AUC = 6;
    private static final int LOG_LOSS = 7;
    private static final int BRIER = 8;
    private static final int TILE_BITS = 14;
    private static final int TILE = 1 << TILE_BITS;

    private final int rows;
    /** Position to row. */
    private final int[] layout;
    /** By position: bit 0 label, bit 1 challenger predicts positive, bit 2 champion predicts positive. */
    private final byte[] classes;
    /** By position: challenger minus champion per-row log loss and squared error. */
    private final float[] logLossDelta;
    private final float[] brierDelta;
    /** By challenger rank, descending: position within the rank's tile << 2 | tie-group end << 1 | label. */
    private final char[] challengerWalk;
    /** By champion rank, descending: position << 2 | tie-group end << 1 | label. */
    private final int[] championWalk;
    private final double[][] points;

    /**
     * @param positive 1 for a positive row
     * @param challengerScores the challenger's positive-class scores, in [0, 1]
     * @param championScores the champion's, same rows
     * @param challengerPredicted 1 where the challenger predicts positive
     * @param championPredicted 1 where the champion predicts positive
     */
    public PairedBinaryKernel(final byte[] positive, final double[] challengerScores, final double[] championScores,
            final byte[] challengerPredicted, final byte[] championPredicted) {
        rows = positive.length;
        if (rows > MAX_ROWS) {
            throw new IllegalArgumentException("at most " + MAX_ROWS + " rows can be resampled");
        }
        int[] byA = Ranking.order(positive, challengerScores, rows);
        int[] byB = Ranking.order(positive, championScores, rows);
        int[] tileOf = new int[rows];
        for (int rank = 0; rank < rows; rank++) {
            tileOf[byA[rank] & Ranking.ROW_MASK] = rank >>> TILE_BITS;
        }
        int[] next = new int[(rows + TILE - 1) / TILE];
        for (int tile = 0; tile < next.length; tile++) {
            next[tile] = tile * TILE;
        }
        layout = new int[rows];
        int[] positionOf = tileOf;
        championWalk = new int[rows];
        for (int rank = 0; rank < rows; rank++) {
            int row = byB[rank] & Ranking.ROW_MASK;
            int position = next[tileOf[row]]++;
            layout[position] = row;
            positionOf[row] = position;
            championWalk[rank] = position << 2 | flags(byB[rank]);
        }
        challengerWalk = new char[rows];
        for (int rank = 0; rank < rows; rank++) {
            int entry = byA[rank];
            challengerWalk[rank] = (char) ((positionOf[entry & Ranking.ROW_MASK] & (TILE - 1)) << 2 | flags(entry));
        }
        classes = new byte[rows];
        logLossDelta = new float[rows];
        brierDelta = new float[rows];
        double[] sums = new double[4];
        for (int position = 0; position < rows; position++) {
            int row = layout[position];
            byte y = positive[row];
            classes[position] = (byte) (y | challengerPredicted[row] << 1 | championPredicted[row] << 2);
            double lossA = BinarySuite.logLoss(y, challengerScores[row]);
            double lossB = BinarySuite.logLoss(y, championScores[row]);
            double squaredA = (y - challengerScores[row]) * (y - challengerScores[row]);
            double squaredB = (y - championScores[row]) * (y - championScores[row]);
            logLossDelta[position] = (float) (lossA - lossB);
            brierDelta[position] = (float) (squaredA - squaredB);
            sums[0] += lossA;
            sums[1] += lossB;
            sums[2] += squaredA;
            sums[3] += squaredB;
        }
        byte[] ones = new byte[rows];
        Arrays.fill(ones, (byte) 1);
        points = both(ones, true);
        points[0][LOG_LOSS] = sums[0] / rows;
        points[1][LOG_LOSS] = sums[1] / rows;
        points[0][BRIER] = sums[2] / rows;
        points[1][BRIER] = sums[3] / rows;
    }

    /** Label in bit 0, end of a tie group in bit 1, from an entry of {@link Ranking#order}. */
    private static int flags(final int entry) {
        return ((entry & Ranking.LABEL_BIT) != 0 ? 1 : 0) | (entry < 0 ? 2 : 0);
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** The rows in the kernel's layout: weights handed to {@link #deltas} are indexed by position in it. */
    int[] layout() {
        return layout.clone();
    }

    /** The indices into {@link #METRICS} of the known names among {@code metrics}. */
    public static int[] indices(final List<String> metrics) {
        return metrics.stream().mapToInt(METRICS::indexOf).filter(i -> i >= 0).toArray();
    }

    /** All metrics of all rows, {@code [0]} the challenger's and {@code [1]} the champion's (NaN where undefined). */
    public double[][] points() {
        return new double[][] {points[0].clone(), points[1].clone()};
    }

    /** The point metrics of one model as a map, undefined ones left out. */
    public Map<String, Double> pointMetrics(final boolean challenger) {
        double[] values = points[challenger ? 0 : 1];
        Map<String, Double> map = new LinkedHashMap<>();
        for (int m = 0; m < values.length; m++) {
            if (!Double.isNaN(values[m])) {
                map.put(METRICS.get(m), values[m]);
            }
        }
        return map;
    }

    /**
     * Challenger-minus-champion deltas of the metrics named (unknown names left out), one per resample: n rows
     * drawn with replacement below {@link Resampling#POISSON_FROM_ROWS} rows, Poisson(1) row weights from there
     * on. Resample r uses its own generator, seeded from the seed and r alone: the result does not depend on
     * {@code threads}.
     *
     * @return metric name to {@code deltas[resample]} (NaN where undefined), in the order of {@code metrics}
     */
    public Map<String, double[]> bootstrapDeltas(final List<String> metrics, final int resamples, final long seed,
            final int threads) {
        List<String> known = metrics.stream().filter(METRICS::contains).distinct().toList();
        int[] wanted = indices(known);
        double[][] values = Resampling.run(rows, resamples, seed, threads, wanted.length,
                () -> (weights, out) -> deltas(weights, wanted, out));
        Map<String, double[]> result = new LinkedHashMap<>();
        for (int m = 0; m < wanted.length; m++) {
            result.put(known.get(m), values[m]);
        }
        return result;
    }

    /**
     * Challenger minus champion of the metrics {@code wanted} (indices into {@link #METRICS}) when the row at
     * position p of {@link #layout} counts {@code weights[p]} times, written to {@code out}.
     */
    void deltas(final byte[] weights, final int[] wanted, final double[] out) {
        boolean auc = false;
        boolean logLoss = false;
        boolean brier = false;
        for (int metric : wanted) {
            auc |= metric == ROC_AUC;
            logLoss |= metric == LOG_LOSS;
            brier |= metric == BRIER;
        }
        double[][] both = both(weights, auc);
        long total = (long) (both[0][9] + both[0][10] + both[0][11] + both[0][12]);
        double lossSum = logLoss ? weightedSum(logLossDelta, weights) : 0;
        double brierSum = brier ? weightedSum(brierDelta, weights) : 0;
        for (int m = 0; m < wanted.length; m++) {
            int metric = wanted[m];
            if (metric == LOG_LOSS || metric == BRIER) {
                out[m] = total == 0 ? Double.NaN : (metric == LOG_LOSS ? lossSum : brierSum) / total;
            }
            else {
                out[m] = both[0][metric] - both[1][metric];
            }
        }
    }

    /** Both models' metrics under {@code weights} (log loss and Brier score left NaN). */
    double[][] both(final byte[] weights, final boolean auc) {
        long[] counts = classWeights(weights);
        long twiceAucA = auc ? twiceAucOfChallenger(weights) : 0;
        long twiceAucB = auc ? twiceAucOfChampion(weights) : 0;
        return new double[][] {metrics(counts, 1, twiceAucA, auc), metrics(counts, 2, twiceAucB, auc)};
    }

    /**
     * The weight of each (label, challenger prediction, champion prediction) class. Four interleaved histograms,
     * so that consecutive rows of one class do not wait on each other's store.
     */
    private long[] classWeights(final byte[] weights) {
        long[] histogram = new long[32];
        for (int p = 0; p < rows; p++) {
            histogram[(p & 3) << 3 | classes[p]] += weights[p];
        }
        long[] counts = new long[8];
        for (int slot = 0; slot < 32; slot++) {
            counts[slot & 7] += histogram[slot];
        }
        return counts;
    }

    /**
     * Twice the Mann-Whitney U of the challenger. Walking down the scores, a negative row pairs with every
     * positive above it (twice, to keep integers) and a positive with the negatives of its own tie group (once:
     * half credit), which {@link Ranking#order} lists before the group's positives. Branch-free: tie-group ends
     * are applied as masks.
     */
    private long twiceAucOfChallenger(final byte[] weights) {
        char[] walk = challengerWalk;
        long positivesAbove = 0;
        long groupNegatives = 0;
        long belowPairs = 0;
        long tiedPairs = 0;
        for (int rank = 0; rank < walk.length; rank++) {
            int entry = walk[rank];
            long w = weights[(rank & -TILE) | entry >>> 2];
            long positive = w & -(entry & 1);
            long negative = w - positive;
            belowPairs += negative * positivesAbove;
            tiedPairs += positive * groupNegatives;
            positivesAbove += positive;
            groupNegatives = (groupNegatives + negative) & (((entry >>> 1) & 1) - 1L);
        }
        return 2 * belowPairs + tiedPairs;
    }

    /** {@link #twiceAucOfChallenger} for the champion, whose walk gathers weights across the tiles. */
    private long twiceAucOfChampion(final byte[] weights) {
        int[] walk = championWalk;
        long positivesAbove = 0;
        long groupNegatives = 0;
        long belowPairs = 0;
        long tiedPairs = 0;
        for (int rank = 0; rank < walk.length; rank++) {
            int entry = walk[rank];
            long w = weights[entry >>> 2];
            long positive = w & -(entry & 1);
            long negative = w - positive;
            belowPairs += negative * positivesAbove;
            tiedPairs += positive * groupNegatives;
            positivesAbove += positive;
            groupNegatives = (groupNegatives + negative) & (((entry >>> 1) & 1) - 1L);
        }
        return 2 * belowPairs + tiedPairs;
    }

    private double weightedSum(final float[] values, final byte[] weights) {
        double sum = 0;
        for (int p = 0; p < rows; p++) {
            sum += weights[p] * values[p];
        }
        return sum;
    }

    /**
     * One model's metrics from the class weights, with the evaluation engine's formulas.
     *
     * @param predictionBit 1 for the challenger, 2 for the champion (bit in the class index)
     */
    private static double[] metrics(final long[] counts, final int predictionBit, final long twiceAuc,
            final boolean withAuc) {
        int predictionMask = predictionBit << 1;
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int c = 0; c < 8; c++) {
            boolean label = (c & 1) != 0;
            boolean predicted = (c & predictionMask) != 0;
            tp += label && predicted ? counts[c] : 0;
            fp += !label && predicted ? counts[c] : 0;
            tn += !label && !predicted ? counts[c] : 0;
            fn += label && !predicted ? counts[c] : 0;
        }
        double[] m = new double[METRICS.size()];
        Arrays.fill(m, Double.NaN);
        double total = tn + fp + fn + tp;
        double precision = MetricSuite.divide(tp, tp + fp);
        double recall = MetricSuite.divide(tp, tp + fn);
        m[0] = (tp + tn) / total;
        m[1] = BinarySuite.balancedAccuracy(tp, fp, tn, fn);
        m[2] = precision;
        m[3] = recall;
        m[4] = MetricSuite.f1(precision, recall);
        m[5] = BinarySuite.mcc(tp, fp, tn, fn);
        long positives = tp + fn;
        long negatives = tn + fp;
        if (withAuc && positives > 0 && negatives > 0) {
            m[ROC_AUC] = twiceAuc / (2.0 * positives * negatives);
        }
        m[9] = tp;
        m[10] = fp;
        m[11] = tn;
        m[12] = fn;
        return m;
    }
}
