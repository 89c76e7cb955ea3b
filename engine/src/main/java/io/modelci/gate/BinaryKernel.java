package io.modelci.gate;

import java.util.Arrays;

/**
 * Binary-classification metrics of two models on the same rows, and their deltas under resample weights.
 *
 * <p>Built for the paired bootstrap's hot loop: the rows are stored in the challenger's score order, packed in one
 * byte each (label, both predictions, end of a score tie), so its pass streams 1 byte of flags and 1 byte of
 * weight per row; the champion's pass streams its permutation and gathers weights from a byte array that stays in
 * cache. Log loss and Brier deltas are means of per-row differences, kept as floats: rounding adds well under
 * 1e-10 to a mean over many rows. Ties in scores get half credit in ROC AUC (scikit-learn's rule).
 */
final class BinaryKernel {
    /** Metrics the kernel computes; the index of each in a result array. */
    static final String[] METRICS = {"accuracy", "balanced_accuracy", "precision", "recall", "f1", "mcc",
        "roc_auc", "log_loss", "brier_score", "tp", "fp", "tn", "fn"};
    static final int ROC_AUC = 6;
    static final int LOG_LOSS = 7;
    static final int BRIER = 8;
    private static final double EPS = 2.220446049250313e-16;
    private static final int LAST_OF_TIE = 8;

    final int rows;
    /** Per row in challenger order: bit 0 label, bit 1 challenger prediction, bit 2 champion's, bit 3 tie end. */
    private final byte[] flagsA;
    /** Champion order: row positions in challenger order. */
    private final int[] orderB;
    /** Champion order: bit 0 label, bit 3 tie end. */
    private final byte[] flagsB;
    private final float[] logLossDelta;
    private final float[] brierDelta;
    private final double[][] points;

    BinaryKernel(final byte[] positive, final double[] scoreA, final double[] scoreB, final byte[] predictedA,
            final byte[] predictedB) {
        rows = positive.length;
        int[] orderA = SortedOrder.of(scoreA);
        flagsA = new byte[rows];
        logLossDelta = new float[rows];
        brierDelta = new float[rows];
        int[] positionInA = new int[rows];
        double[] sums = new double[4];
        for (int j = 0; j < rows; j++) {
            int row = orderA[j];
            positionInA[row] = j;
            byte y = positive[row];
            boolean last = j == rows - 1 || scoreA[orderA[j + 1]] != scoreA[row];
            flagsA[j] = (byte) (y | predictedA[row] << 1 | predictedB[row] << 2 | (last ? LAST_OF_TIE : 0));
            double lossA = logLoss(y, scoreA[row]);
            double lossB = logLoss(y, scoreB[row]);
            double squaredA = (scoreA[row] - y) * (scoreA[row] - y);
            double squaredB = (scoreB[row] - y) * (scoreB[row] - y);
            logLossDelta[j] = (float) (lossA - lossB);
            brierDelta[j] = (float) (squaredA - squaredB);
            sums[0] += lossA;
            sums[1] += lossB;
            sums[2] += squaredA;
            sums[3] += squaredB;
        }
        int[] byB = SortedOrder.of(scoreB);
        orderB = new int[rows];
        flagsB = new byte[rows];
        for (int k = 0; k < rows; k++) {
            orderB[k] = positionInA[byB[k]];
            boolean last = k == rows - 1 || scoreB[byB[k + 1]] != scoreB[byB[k]];
            flagsB[k] = (byte) (positive[byB[k]] | (last ? LAST_OF_TIE : 0));
        }
        byte[] ones = new byte[rows];
        Arrays.fill(ones, (byte) 1);
        long[] counts = counts(ones);
        points = new double[2][];
        points[0] = metrics(counts, true, twiceAucA(ones), true);
        points[1] = metrics(counts, false, twiceAucB(ones), true);
        if (rows > 0) {
            points[0][LOG_LOSS] = sums[0] / rows;
            points[1][LOG_LOSS] = sums[1] / rows;
            points[0][BRIER] = sums[2] / rows;
            points[1][BRIER] = sums[3] / rows;
        }
    }

    private static double logLoss(final byte label, final double score) {
        double p = Math.min(Math.max(score, EPS), 1 - EPS);
        return label == 1 ? -Math.log(p) : -Math.log(1 - p);
    }

    /** The metrics of all rows: {@code [0]} the challenger's, {@code [1]} the champion's; NaN where undefined. */
    double[][] points() {
        return new double[][] {points[0].clone(), points[1].clone()};
    }

    /**
     * Challenger minus champion of the metrics {@code wanted} (indices into {@link #METRICS}) under resample
     * counts {@code weights} (in challenger order, summing to the number of rows), written to {@code out}.
     */
    void deltas(final byte[] weights, final int[] wanted, final double[] out) {
        boolean auc = false;
        boolean losses = false;
        for (int metric : wanted) {
            auc |= metric == ROC_AUC;
            losses |= metric == LOG_LOSS || metric == BRIER;
        }
        // One pass in challenger order gives the confusion counts of both models, the challenger's U statistic
        // and the loss sums; the champion's U needs its own order.
        long[] counts = new long[8];
        double[] lossSums = new double[2];
        long twiceAucA = losses ? passWithLosses(weights, counts, lossSums) : pass(weights, counts);
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        double[] a = metrics(counts, true, twiceAucA, auc);
        double[] b = metrics(counts, false, auc ? twiceAucB(weights) : 0, auc);
        for (int m = 0; m < wanted.length; m++) {
            int metric = wanted[m];
            if (metric == LOG_LOSS) {
                out[m] = total == 0 ? Double.NaN : lossSums[0] / total;
            }
            else if (metric == BRIER) {
                out[m] = total == 0 ? Double.NaN : lossSums[1] / total;
            }
            else {
                out[m] = a[metric] - b[metric];
            }
        }
    }

    /** Confusion counts and the challenger's twice-U in one pass. */
    private long pass(final byte[] weights, final long[] counts) {
        long twiceAuc = 0;
        long negativesBelow = 0;
        long groupPositive = 0;
        long groupNegative = 0;
        for (int j = 0; j < rows; j++) {
            int flags = flagsA[j];
            int w = weights[j];
            counts[flags & 7] += w;
            int positiveWeight = w & -(flags & 1);
            groupPositive += positiveWeight;
            groupNegative += w - positiveWeight;
            if ((flags & LAST_OF_TIE) != 0) {
                twiceAuc += groupPositive * (2 * negativesBelow + groupNegative);
                negativesBelow += groupNegative;
                groupPositive = 0;
                groupNegative = 0;
            }
        }
        return twiceAuc;
    }

    /** {@link #pass} plus the weighted sums of the log-loss and Brier deltas. */
    private long passWithLosses(final byte[] weights, final long[] counts, final double[] lossSums) {
        long twiceAuc = 0;
        long negativesBelow = 0;
        long groupPositive = 0;
        long groupNegative = 0;
        double logLoss = 0;
        double brier = 0;
        for (int j = 0; j < rows; j++) {
            int flags = flagsA[j];
            int w = weights[j];
            counts[flags & 7] += w;
            logLoss += w * logLossDelta[j];
            brier += w * brierDelta[j];
            int positiveWeight = w & -(flags & 1);
            groupPositive += positiveWeight;
            groupNegative += w - positiveWeight;
            if ((flags & LAST_OF_TIE) != 0) {
                twiceAuc += groupPositive * (2 * negativesBelow + groupNegative);
                negativesBelow += groupNegative;
                groupPositive = 0;
                groupNegative = 0;
            }
        }
        lossSums[0] = logLoss;
        lossSums[1] = brier;
        return twiceAuc;
    }

    private long[] counts(final byte[] weights) {
        long[] counts = new long[8];
        for (int j = 0; j < rows; j++) {
            counts[flagsA[j] & 7] += weights[j];
        }
        return counts;
    }

    /** Twice the Mann-Whitney U of the challenger (ties count half), in the stored order. */
    private long twiceAucA(final byte[] weights) {
        long twiceAuc = 0;
        long negativesBelow = 0;
        long groupPositive = 0;
        long groupNegative = 0;
        for (int j = 0; j < rows; j++) {
            int flags = flagsA[j];
            int w = weights[j];
            int positiveWeight = w & -(flags & 1);
            groupPositive += positiveWeight;
            groupNegative += w - positiveWeight;
            if ((flags & LAST_OF_TIE) != 0) {
                twiceAuc += groupPositive * (2 * negativesBelow + groupNegative);
                negativesBelow += groupNegative;
                groupPositive = 0;
                groupNegative = 0;
            }
        }
        return twiceAuc;
    }

    /** Twice the Mann-Whitney U of the champion, walking its order and gathering weights. */
    private long twiceAucB(final byte[] weights) {
        long twiceAuc = 0;
        long negativesBelow = 0;
        long groupPositive = 0;
        long groupNegative = 0;
        for (int k = 0; k < rows; k++) {
            int flags = flagsB[k];
            int w = weights[orderB[k]];
            int positiveWeight = w & -(flags & 1);
            groupPositive += positiveWeight;
            groupNegative += w - positiveWeight;
            if ((flags & LAST_OF_TIE) != 0) {
                twiceAuc += groupPositive * (2 * negativesBelow + groupNegative);
                negativesBelow += groupNegative;
                groupPositive = 0;
                groupNegative = 0;
            }
        }
        return twiceAuc;
    }

    private static double[] metrics(final long[] counts, final boolean challenger, final long twiceAuc,
            final boolean withAuc) {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int c = 0; c < 8; c++) {
            boolean positive = (c & 1) != 0;
            boolean predicted = challenger ? (c & 2) != 0 : (c & 4) != 0;
            if (positive) {
                if (predicted) {
                    tp += counts[c];
                }
                else {
                    fn += counts[c];
                }
            }
            else if (predicted) {
                fp += counts[c];
            }
            else {
                tn += counts[c];
            }
        }
        double total = tp + fp + tn + fn;
        double[] m = new double[METRICS.length];
        Arrays.fill(m, Double.NaN);
        if (total == 0) {
            return m;
        }
        double precision = divide(tp, tp + fp);
        double recall = divide(tp, tp + fn);
        double specificity = divide(tn, tn + fp);
        m[0] = (tp + tn) / total;
        m[1] = (recall + specificity) / 2;
        m[2] = precision;
        m[3] = recall;
        m[4] = divide(2.0 * tp, 2.0 * tp + fp + fn);
        double denominator = Math.sqrt((double) (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        m[5] = denominator == 0 ? 0 : ((double) tp * tn - (double) fp * fn) / denominator;
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

    private static double divide(final double numerator, final double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
