package io.modelci.gate;

import java.util.Arrays;

/**
 * Binary-classification metrics of two models on the same rows, and their deltas under resample weights.
 *
 * <p>Built for the paired bootstrap's hot loop: the rows are stored in the challenger's score order, packed in one
 * byte each (label, both predictions, end of a score tie), so its pass streams 1 byte of flags and 1 byte of
 * weight per row, branch-free; the champion's pass streams its permutation and gathers weights from a byte array
 * that stays in cache. Log loss and Brier deltas are means of per-row differences, kept as floats: rounding adds
 * well under 1e-10 to a mean over many rows. Ties in scores get half credit in ROC AUC (scikit-learn's rule).
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
        double[] losses = new double[4];
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
            losses[0] += lossA;
            losses[1] += lossB;
            losses[2] += squaredA;
            losses[3] += squaredB;
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
        long[] sums = new long[6];
        long twiceAucA = pass(ones, sums);
        points = new double[2][];
        points[0] = metrics(confusion(sums, true), twiceAucA, true);
        points[1] = metrics(confusion(sums, false), twiceAucB(ones), true);
        if (rows > 0) {
            points[0][LOG_LOSS] = losses[0] / rows;
            points[1][LOG_LOSS] = losses[1] / rows;
            points[0][BRIER] = losses[2] / rows;
            points[1][BRIER] = losses[3] / rows;
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
     * weights {@code weights} (in challenger order), written to {@code out}.
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
        long[] sums = new long[6];
        long twiceAucA = pass(weights, sums);
        double[] lossSums = {logLoss ? weightedSum(logLossDelta, weights) : 0,
            brier ? weightedSum(brierDelta, weights) : 0};
        long total = sums[0];
        double[] a = metrics(confusion(sums, true), twiceAucA, auc);
        double[] b = metrics(confusion(sums, false), auc ? twiceAucB(weights) : 0, auc);
        for (int m = 0; m < wanted.length; m++) {
            int metric = wanted[m];
            if (metric == LOG_LOSS || metric == BRIER) {
                out[m] = total == 0 ? Double.NaN : lossSums[metric == LOG_LOSS ? 0 : 1] / total;
            }
            else {
                out[m] = a[metric] - b[metric];
            }
        }
    }

    /**
     * The six sums both confusion matrices derive from (rows, positives, each model's predicted positives and
     * true positives) and the challenger's twice-U, in one branch-free pass. The (label, predictions) categories
     * are counted in four interleaved histograms, so that consecutive rows of one category do not wait on each
     * other's store; a branch per tie group would mispredict, so tie ends are applied as masks.
     */
    private long pass(final byte[] weights, final long[] sums) {
        long[] histogram = new long[32];
        long twiceAuc = 0;
        long negativesBelow = 0;
        long groupPositive = 0;
        long groupNegative = 0;
        for (int j = 0; j < rows; j++) {
            int flags = flagsA[j];
            long w = weights[j];
            histogram[(j & 3) << 3 | flags & 7] += w;
            long positive = w & -(flags & 1);
            groupPositive += positive;
            groupNegative += w - positive;
            long last = -((flags >>> 3) & 1);
            twiceAuc += groupPositive * (2 * negativesBelow + groupNegative) & last;
            negativesBelow += groupNegative & last;
            groupPositive &= ~last;
            groupNegative &= ~last;
        }
        Arrays.fill(sums, 0);
        for (int slot = 0; slot < 32; slot++) {
            int category = slot & 7;
            long count = histogram[slot];
            boolean label = (category & 1) != 0;
            boolean a = (category & 2) != 0;
            boolean b = (category & 4) != 0;
            sums[0] += count;
            sums[1] += label ? count : 0;
            sums[2] += a ? count : 0;
            sums[3] += label && a ? count : 0;
            sums[4] += b ? count : 0;
            sums[5] += label && b ? count : 0;
        }
        return twiceAuc;
    }

    /** Weighted sum of per-row deltas. */
    private double weightedSum(final float[] values, final byte[] weights) {
        double sum = 0;
        for (int j = 0; j < rows; j++) {
            sum += weights[j] * values[j];
        }
        return sum;
    }

    /** Twice the Mann-Whitney U of the champion, walking its order and gathering weights; branch-free. */
    private long twiceAucB(final byte[] weights) {
        long twiceAuc = 0;
        long negativesBelow = 0;
        long groupPositive = 0;
        long groupNegative = 0;
        for (int k = 0; k < rows; k++) {
            int flags = flagsB[k];
            long w = weights[orderB[k]];
            long positive = w & -(flags & 1);
            groupPositive += positive;
            groupNegative += w - positive;
            long last = -((flags >>> 3) & 1);
            twiceAuc += groupPositive * (2 * negativesBelow + groupNegative) & last;
            negativesBelow += groupNegative & last;
            groupPositive &= ~last;
            groupNegative &= ~last;
        }
        return twiceAuc;
    }

    /** A model's confusion counts {tp, fp, tn, fn} from the six sums of {@link #pass}. */
    private static long[] confusion(final long[] sums, final boolean challenger) {
        long total = sums[0];
        long labels = sums[1];
        long predicted = challenger ? sums[2] : sums[4];
        long hits = challenger ? sums[3] : sums[5];
        long fp = predicted - hits;
        return new long[] {hits, fp, total - labels - fp, labels - hits};
    }

    private static double[] metrics(final long[] confusion, final long twiceAuc, final boolean withAuc) {
        long tp = confusion[0];
        long fp = confusion[1];
        long tn = confusion[2];
        long fn = confusion[3];
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
