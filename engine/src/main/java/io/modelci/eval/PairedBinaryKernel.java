package io.modelci.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

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
 * <p>Per resample: each model's ROC AUC is a branch-free walk down its score order, plus a shorter walk over the
 * tie groups that hold both classes (ties get half credit, scikit-learn's rule). When the predictions are a
 * score threshold, the walks' counts at the cut are the confusion matrices; otherwise one pass sums the weights
 * of the 8 (label, challenger prediction, champion prediction) classes. Log-loss deltas are summed in fixed
 * point by the challenger's walk; Brier deltas are a weighted sum of per-row float differences (the rounding
 * moves a mean over many rows by well under 1e-9).
 */
public final class PairedBinaryKernel {
    /** The metrics the kernel computes, in the order of its result arrays. */
    public static final List<String> METRICS = List.of("accuracy", "balanced_accuracy", "precision", "recall", "f1",
            "mcc", "roc_auc", "log_loss", "brier_score", "tp", "fp", "tn", "fn");
    /** The most rows: champion entries pack a position in 30 bits. */
    public static final int MAX_ROWS = 1 << 30;
    /**
     * The most rows for two resamples at once ({@link RankWalkPairs}): each resample's total weight, below 127
     * times the rows, must fit in 32 bits.
     */
    static final int MAX_ROWS_TWO_AT_ONCE = 1 << 25;
    private static final int ROC_AUC = 6;
    private static final int LOG_LOSS = 7;
    private static final int BRIER = 8;
    private static final int TILE_BITS = 14;
    private static final int TILE = 1 << TILE_BITS;
    /**
     * Ranks per chunk of a walk: after each chunk the walk adds the half credit of the tie groups ending in it,
     * whose weights it has just read (2,048 ranks of the champion touch at most 128 KB of weights).
     */
    private static final int CHUNK_BITS = 11;
    private static final int CHUNK = 1 << CHUNK_BITS;
    /**
     * Fixed-point scale of the per-row log-loss deltas: 2^25 keeps the largest (the clipped log of machine
     * epsilon, 36.04) within an int, with a resolution of 3e-8 per row.
     */
    private static final double LOSS_SCALE = 1 << 25;

    private final int rows;
    /** Position to row. */
    private final int[] layout;
    /** By position: bit 0 label, bit 1 challenger predicts positive, bit 2 champion predicts positive. */
    private final byte[] classes;
    /**
     * By challenger rank: challenger minus champion per-row log loss in fixed point ({@link #LOSS_SCALE}), summed
     * exactly in integers by the challenger's walk.
     */
    private final int[] logLossDeltaByRank;
    /** By position: challenger minus champion per-row squared error. */
    private final float[] brierDelta;
    /**
     * By each model's rank, descending: the row's position, negated ({@code ~position}) for a positive row, so
     * that the sign is the label. The challenger's rank r lies in tile {@code r >> TILE_BITS}: its entries hold
     * the offset in that tile only, half the bytes to read.
     */
    private final short[] challengerWalk;
    private final int[] championWalk;
    /**
     * Each model's rows in tie groups holding both classes, in its walk order: position, label in bit 31, end of
     * the group in bit 30. Only these groups need the half credit of ties.
     */
    private final int[] challengerMixed;
    private final int[] championMixed;
    /** Where each chunk's tie groups start in the mixed rows ({@link RankWalks#tieChunks}). */
    private final int[] challengerTieChunks;
    private final int[] championTieChunks;
    /**
     * How many rows lead each walk as that model's predicted positives (the predictions are a score threshold),
     * or -1 when they do not: then a separate pass over the classes gives the confusion matrices.
     */
    private final int challengerCut;
    private final int championCut;
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
        // the two sorts are independent: one per core
        int[][] orders = new int[2][];
        Parallel.both(Parallel.worthSplitting(rows), () -> orders[0] = Ranking.order(positive, challengerScores, rows),
                () -> orders[1] = Ranking.order(positive, championScores, rows));
        int[] byA = orders[0];
        int[] byB = orders[1];
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
            championWalk[rank] = positive[row] != 0 ? ~position : position;
        }
        challengerWalk = new short[rows];
        for (int rank = 0; rank < rows; rank++) {
            int row = byA[rank] & Ranking.ROW_MASK;
            int offset = positionOf[row] & (TILE - 1);
            challengerWalk[rank] = (short) (positive[row] != 0 ? ~offset : offset);
        }
        challengerMixed = RankWalks.mixedRows(byA, positionOf);
        championMixed = RankWalks.mixedRows(byB, positionOf);
        challengerTieChunks = RankWalks.tieChunks(byA, challengerMixed, CHUNK_BITS);
        championTieChunks = RankWalks.tieChunks(byB, championMixed, CHUNK_BITS);
        challengerCut = RankWalks.cut(byA, challengerPredicted);
        championCut = RankWalks.cut(byB, championPredicted);
        classes = new byte[rows];
        brierDelta = new float[rows];
        double[] sums = new double[4];
        double[] lossDelta = new double[rows];
        for (int position = 0; position < rows; position++) {
            int row = layout[position];
            byte y = positive[row];
            classes[position] = (byte) (y | challengerPredicted[row] << 1 | championPredicted[row] << 2);
            double lossA = BinarySuite.logLoss(y, challengerScores[row]);
            double lossB = BinarySuite.logLoss(y, championScores[row]);
            double squaredA = (y - challengerScores[row]) * (y - challengerScores[row]);
            double squaredB = (y - championScores[row]) * (y - championScores[row]);
            lossDelta[position] = lossA - lossB;
            brierDelta[position] = (float) (squaredA - squaredB);
            sums[0] += lossA;
            sums[1] += lossB;
            sums[2] += squaredA;
            sums[3] += squaredB;
        }
        logLossDeltaByRank = new int[rows];
        for (int rank = 0; rank < rows; rank++) {
            int entry = challengerWalk[rank];
            int position = (rank & -TILE) | (entry ^ (entry >> 31));
            logLossDeltaByRank[rank] = (int) Math.round(lossDelta[position] * LOSS_SCALE);
        }
        byte[] ones = new byte[rows];
        Arrays.fill(ones, (byte) 1);
        points = both(ones, null, true, null);
        points[0][LOG_LOSS] = sums[0] / rows;
        points[1][LOG_LOSS] = sums[1] / rows;
        points[0][BRIER] = sums[2] / rows;
        points[1][BRIER] = sums[3] / rows;
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
                () -> new Resampling.Statistic() {
                    @Override
                    public void compute(final byte[] weights, final double[] out) {
                        deltas(null, weights, wanted, out);
                    }

                    @Override
                    public void drawPoissonAndCompute(final SplittableRandom random, final byte[] weights,
                            final double[] out) {
                        deltas(random, weights, wanted, out);
                    }

                    @Override
                    public boolean drawsTwo() {
                        return twoAtOnce(wanted);
                    }

                    @Override
                    public void drawPoissonAndComputeTwo(final SplittableRandom first, final SplittableRandom second,
                            final double[] firstOut, final double[] secondOut) {
                        if (weightPairs == null) {
                            weightPairs = new char[rows];
                        }
                        deltas(first, second, weightPairs, wanted, firstOut, secondOut);
                    }

                    private char[] weightPairs;
                });
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
        deltas(null, weights, wanted, out);
    }

    /**
     * As {@link #deltas(byte[], int[], double[])}.
     *
     * @param random null when {@code weights} hold the weights; else the generator whose Poisson(1) draws
     *     ({@link PoissonWeights#fill}) become the weights: they are drawn into {@code weights} here, a tile at a
     *     time just before the challenger's walk reads that tile, so that it finds them in the level-1 cache
     */
    void deltas(final SplittableRandom random, final byte[] weights, final int[] wanted, final double[] out) {
        boolean auc = false;
        boolean logLoss = false;
        boolean brier = false;
        for (int metric : wanted) {
            auc |= metric == ROC_AUC;
            logLoss |= metric == LOG_LOSS;
            brier |= metric == BRIER;
        }
        long[] lossSink = logLoss ? new long[1] : null;
        double[][] both = both(weights, random, auc, lossSink);
        double brierSum = brier ? weightedSum(brierDelta, weights) : 0;
        deltas(both, logLoss ? lossSink[0] : 0, brierSum, wanted, out);
    }

    /**
     * Whether {@link #deltas(SplittableRandom, SplittableRandom, char[], int[], double[], double[])} computes the
     * metrics {@code wanted}: those of the walks (ROC AUC among them), with the predictions a score threshold.
     */
    boolean twoAtOnce(final int[] wanted) {
        boolean auc = false;
        boolean brier = false;
        for (int metric : wanted) {
            auc |= metric == ROC_AUC;
            brier |= metric == BRIER;
        }
        return auc && !brier && challengerCut >= 0 && championCut >= 0 && rows <= MAX_ROWS_TWO_AT_ONCE;
    }

    /**
     * The deltas of two Poisson resamples at once ({@link RankWalkPairs}), exactly those of two calls of
     * {@link #deltas(SplittableRandom, byte[], int[], double[])}, when {@link #twoAtOnce} says so.
     *
     * @param weights where both resamples' weights are drawn, one char per position
     */
    void deltas(final SplittableRandom first, final SplittableRandom second, final char[] weights,
            final int[] wanted, final double[] firstOut, final double[] secondOut) {
        boolean logLoss = false;
        for (int metric : wanted) {
            logLoss |= metric == LOG_LOSS;
        }
        long[] a1 = new long[RankWalks.SIZE];
        long[] a2 = new long[RankWalks.SIZE];
        long[] b1 = new long[RankWalks.SIZE];
        long[] b2 = new long[RankWalks.SIZE];
        walkChallengerTwo(weights, first, second, logLoss ? logLossDeltaByRank : null, a1, a2);
        walkChampionTwo(weights, b1, b2);
        deltas(new double[][] {RankWalks.metrics(null, 0, a1, a1, null, null),
            RankWalks.metrics(null, 0, b1, a1, null, null)}, a1[RankWalks.LOSS], 0, wanted, firstOut);
        deltas(new double[][] {RankWalks.metrics(null, 0, a2, a2, null, null),
            RankWalks.metrics(null, 0, b2, a2, null, null)}, a2[RankWalks.LOSS], 0, wanted, secondOut);
    }

    /** The deltas from both models' metrics, the fixed-point log-loss sum and the Brier sum. */
    private static void deltas(final double[][] both, final long lossFixed, final double brierSum,
            final int[] wanted, final double[] out) {
        long total = (long) (both[0][9] + both[0][10] + both[0][11] + both[0][12]);
        double lossSum = lossFixed / LOSS_SCALE;
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

    /**
     * Both models' metrics under {@code weights} (log loss and Brier score left NaN).
     *
     * @param lossSink where the weighted sum of the log-loss deltas goes (in fixed point), or null
     */
    double[][] both(final byte[] weights, final boolean auc, final long[] lossSink) {
        return both(weights, null, auc, lossSink);
    }

    /** As {@link #both(byte[], boolean, long[])}, drawing the weights first when given a generator. */
    double[][] both(final byte[] weights, final SplittableRandom random, final boolean auc, final long[] lossSink) {
        if (random != null && !auc && lossSink == null) {
            // no challenger walk to draw the weights as it goes
            PoissonWeights.fill(random, weights);
        }
        SplittableRandom drawing = auc || lossSink != null ? random : null;
        if (!auc || challengerCut < 0 || championCut < 0) {
            // the challenger's walk first: it may be drawing the weights the others read
            long[] a = auc || lossSink != null ? walkChallenger(weights, drawing, 0, lossSink, auc) : null;
            long[] counts = classWeights(weights);
            long[] b = auc ? walkChampion(weights, 0) : null;
            // the walks summed the ties' half credit (RankWalks.TIES)
            return new double[][] {RankWalks.metrics(counts, 1, auc ? a : null, a, null, weights),
                RankWalks.metrics(counts, 2, b, a, null, weights)};
        }
        long[] a = walkChallenger(weights, drawing, challengerCut, lossSink, true);
        long[] b = walkChampion(weights, championCut);
        return new double[][] {RankWalks.metrics(null, 0, a, a, null, weights),
            RankWalks.metrics(null, 0, b, a, null, weights)};
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
     * The challenger's walk, chunk by chunk, split at its cut; with the log-loss sum when there is a sink, and
     * the ties' half credit ({@link RankWalks#TIES}) when asked. With a generator it draws each tile's weights
     * as it reaches the tile: the ranks of tile t are exactly the positions of tile t.
     */
    private long[] walkChallenger(final byte[] weights, final SplittableRandom random, final int cut,
            final long[] lossSink, final boolean ties) {
        long[] state = new long[RankWalks.SIZE];
        int[] loss = lossSink == null ? null : logLossDeltaByRank;
        boolean atCut = false;
        long tied = 0;
        for (int c = 0, start = 0; start < rows; c++, start += CHUNK) {
            int end = Math.min(rows, start + CHUNK);
            if (random != null && (start & (TILE - 1)) == 0) {
                PoissonWeights.fill(random, weights, start, Math.min(rows, start + TILE));
            }
            int from = start;
            int base = start & -TILE;
            if (!atCut && cut <= end) {
                RankWalks.walkChallenger(challengerWalk, weights, base, loss, from, cut, state);
                state[RankWalks.SEEN_AT_CUT] = state[RankWalks.NEGATIVES] + state[RankWalks.POSITIVES];
                state[RankWalks.POSITIVES_AT_CUT] = state[RankWalks.POSITIVES];
                atCut = true;
                from = cut;
            }
            RankWalks.walkChallenger(challengerWalk, weights, base, loss, from, end, state);
            if (ties) {
                tied += RankWalks.tiedPairs(challengerMixed, weights, challengerTieChunks, c);
            }
        }
        state[RankWalks.TIES] = tied;
        if (lossSink != null) {
            lossSink[0] = state[RankWalks.LOSS];
        }
        return state;
    }

    /**
     * The champion's walk, gathering weights across the tiles, a few rows from each in turn, chunk by chunk with
     * the ties' half credit of each chunk. Past its cut it needs no positive count: the challenger's walk has
     * the totals.
     */
    private long[] walkChampion(final byte[] weights, final int cut) {
        long[] state = new long[RankWalks.SIZE];
        long tied = 0;
        boolean atCut = false;
        for (int c = 0, start = 0; start < rows; c++, start += CHUNK) {
            int end = Math.min(rows, start + CHUNK);
            int from = start;
            if (!atCut) {
                int to = Math.min(cut, end);
                RankWalks.walkChampionCounting(championWalk, weights, from, to, state);
                from = to;
                if (cut <= end) {
                    state[RankWalks.SEEN_AT_CUT] = state[RankWalks.NEGATIVES] + state[RankWalks.POSITIVES];
                    state[RankWalks.POSITIVES_AT_CUT] = state[RankWalks.POSITIVES];
                    atCut = true;
                }
            }
            RankWalks.walkChampion(championWalk, weights, from, end, state);
            tied += RankWalks.tiedPairs(championMixed, weights, championTieChunks, c);
        }
        state[RankWalks.TIES] = tied;
        return state;
    }

    /** {@link #walkChallenger} for two resamples, drawing their weights tile by tile. */
    private void walkChallengerTwo(final char[] weights, final SplittableRandom first, final SplittableRandom second,
            final int[] loss, final long[] a1, final long[] a2) {
        boolean atCut = false;
        long[] tied = new long[2];
        for (int c = 0, start = 0; start < rows; c++, start += CHUNK) {
            int end = Math.min(rows, start + CHUNK);
            if ((start & (TILE - 1)) == 0) {
                RankWalkPairs.fill(first, second, weights, start, Math.min(rows, start + TILE));
            }
            int from = start;
            int base = start & -TILE;
            if (!atCut && challengerCut <= end) {
                RankWalkPairs.walkChallenger(challengerWalk, weights, base, loss, from, challengerCut, a1, a2);
                for (long[] state : new long[][] {a1, a2}) {
                    state[RankWalks.SEEN_AT_CUT] = state[RankWalks.NEGATIVES] + state[RankWalks.POSITIVES];
                    state[RankWalks.POSITIVES_AT_CUT] = state[RankWalks.POSITIVES];
                }
                atCut = true;
                from = challengerCut;
            }
            RankWalkPairs.walkChallenger(challengerWalk, weights, base, loss, from, end, a1, a2);
            RankWalkPairs.tiedPairs(challengerMixed, weights, challengerTieChunks, c, tied);
        }
        a1[RankWalks.TIES] = tied[0];
        a2[RankWalks.TIES] = tied[1];
    }

    /** {@link #walkChampion} for two resamples. */
    private void walkChampionTwo(final char[] weights, final long[] b1, final long[] b2) {
        boolean atCut = false;
        long[] tied = new long[2];
        for (int c = 0, start = 0; start < rows; c++, start += CHUNK) {
            int end = Math.min(rows, start + CHUNK);
            int from = start;
            if (!atCut) {
                int to = Math.min(championCut, end);
                RankWalkPairs.walkChampionCounting(championWalk, weights, from, to, b1, b2);
                from = to;
                if (championCut <= end) {
                    for (long[] state : new long[][] {b1, b2}) {
                        state[RankWalks.SEEN_AT_CUT] = state[RankWalks.NEGATIVES] + state[RankWalks.POSITIVES];
                        state[RankWalks.POSITIVES_AT_CUT] = state[RankWalks.POSITIVES];
                    }
                    atCut = true;
                }
            }
            RankWalkPairs.walkChampion(championWalk, weights, from, end, b1, b2);
            RankWalkPairs.tiedPairs(championMixed, weights, championTieChunks, c, tied);
        }
        b1[RankWalks.TIES] = tied[0];
        b2[RankWalks.TIES] = tied[1];
    }

    /** Weighted sum of per-row values; four sums, so that the additions do not wait on each other. */
    private double weightedSum(final float[] values, final byte[] weights) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int p = 0;
        for (; p + 3 < rows; p += 4) {
            s0 += (double) values[p] * weights[p];
            s1 += (double) values[p + 1] * weights[p + 1];
            s2 += (double) values[p + 2] * weights[p + 2];
            s3 += (double) values[p + 3] * weights[p + 3];
        }
        for (; p < rows; p++) {
            s0 += (double) values[p] * weights[p];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
