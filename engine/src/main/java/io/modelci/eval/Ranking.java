package io.modelci.eval;

/**
 * ROC AUC and average precision of a binary scoring, as scikit-learn defines them: rows with equal scores form
 * one threshold (ties get half credit in the AUC), average precision is the step-wise sum of precision times the
 * recall gained at each threshold. Scores are ordered once by a radix sort of their IEEE bits; a resample then
 * only re-weights the rows, reusing that order.
 */
final class Ranking {
    private static final int ROW_BITS = 30;
    private static final int ROW_MASK = (1 << ROW_BITS) - 1;
    private static final int LABEL_BIT = 1 << ROW_BITS;
    private static final int GROUP_END_BIT = 1 << 31;
    /** The most rows {@link #order} can encode. */
    static final int MAX_ROWS = 1 << ROW_BITS;

    /** {@code [roc_auc, average_precision]}, either NaN where undefined (one class absent). */
    private Ranking() {
    }

    /**
     * Ranks every row once; scores must be in [0, 1] (NaN excluded). Big inputs are sorted as two halves on two
     * threads, and the walk merges the halves.
     */
    static double[] unweighted(final byte[] actual, final double[] score, final int n) {
        int half = Parallel.worthSplitting(n) ? n / 2 : n;
        long[] first = new long[half];
        long[] second = new long[n - half];
        Parallel.both(half < n, () -> sortedKeys(actual, score, 0, first),
                () -> sortedKeys(actual, score, half, second));
        Accumulator acc = new Accumulator();
        int i = first.length - 1;
        int j = second.length - 1;
        while (i >= 0 || j >= 0) {
            long scoreBits = Math.max(i >= 0 ? first[i] >>> 1 : -1, j >= 0 ? second[j] >>> 1 : -1);
            long positives = 0;
            long negatives = 0;
            for (; i >= 0 && first[i] >>> 1 == scoreBits; i--) {
                positives += first[i] & 1;
                negatives += ~first[i] & 1;
            }
            for (; j >= 0 && second[j] >>> 1 == scoreBits; j--) {
                positives += second[j] & 1;
                negatives += ~second[j] & 1;
            }
            acc.group(positives, negatives);
        }
        return acc.result();
    }

    /** Keys of rows {@code [from, from + keys.length)}: score bits, then the label as the lowest bit; sorted. */
    private static void sortedKeys(final byte[] actual, final double[] score, final int from, final long[] keys) {
        for (int k = 0; k < keys.length; k++) {
            // the sign bit falls off, so -0.0 ties with 0.0 as it does in numpy
            keys[k] = Double.doubleToRawLongBits(score[from + k]) << 1 | actual[from + k];
        }
        RadixSort.sort(keys, keys.length);
    }

    /**
     * The rows by descending score, each packed with its label and whether it closes a group of equal scores;
     * the input of {@link #weighted}.
     */
    static int[] order(final byte[] actual, final double[] score, final int n) {
        if (n > MAX_ROWS) {
            throw new IllegalArgumentException("at most " + MAX_ROWS + " rows can be resampled");
        }
        long[] keys = new long[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = Double.doubleToRawLongBits(score[i]) << 1;
            rows[i] = i;
        }
        RadixSort.sort(keys, rows, n);
        int[] packed = new int[n];
        for (int k = n - 1, out = 0; k >= 0; k--, out++) {
            int row = rows[k];
            boolean groupEnd = k == 0 || keys[k - 1] != keys[k];
            packed[out] = row | (actual[row] != 0 ? LABEL_BIT : 0) | (groupEnd ? GROUP_END_BIT : 0);
        }
        return packed;
    }

    /** AUC and AP when row {@code i} counts {@code weights[i]} times. */
    static double[] weighted(final int[] order, final int[] weights) {
        Accumulator acc = new Accumulator();
        long positives = 0;
        long negatives = 0;
        for (int entry : order) {
            int w = weights[entry & ROW_MASK];
            if ((entry & LABEL_BIT) != 0) {
                positives += w;
            }
            else {
                negatives += w;
            }
            if (entry < 0) {
                if (positives != 0 || negatives != 0) {
                    acc.group(positives, negatives);
                }
                positives = 0;
                negatives = 0;
            }
        }
        return acc.result();
    }

    /** Sums over thresholds, from the highest score down. */
    private static final class Accumulator {
        private long positivesAbove;
        private long negativesAbove;
        private long aucTwice;
        private double precisionSum;

        void group(final long positives, final long negatives) {
            aucTwice += negatives * (2 * positivesAbove + positives);
            positivesAbove += positives;
            negativesAbove += negatives;
            if (positives > 0) {
                precisionSum += positives * ((double) positivesAbove / (positivesAbove + negativesAbove));
            }
        }

        double[] result() {
            double auc = positivesAbove == 0 || negativesAbove == 0 ? Double.NaN
                    : aucTwice / (2.0 * positivesAbove * negativesAbove);
            double ap = positivesAbove == 0 ? Double.NaN : precisionSum / positivesAbove;
            return new double[] {auc, ap};
        }
    }
}
