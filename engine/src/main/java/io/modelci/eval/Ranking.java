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
        boolean[] compact = new boolean[2];
        Parallel.both(half < n, () -> compact[0] = keys(actual, score, 0, first, true),
                () -> compact[1] = keys(actual, score, half, second, true));
        if (compact[0] != compact[1]) {
            // both halves must be keyed alike for the merge to compare them
            keys(actual, score, compact[0] ? 0 : half, compact[0] ? first : second, false);
        }
        Parallel.both(half < n, () -> RadixSort.sort(first, first.length),
                () -> RadixSort.sort(second, second.length));
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

    /**
     * Sort keys of rows {@code [from, from + keys.length)}, the label in the lowest bit. When every score has at
     * most six decimals (score * 1e6 rounds to an integer that gives the score back exactly), the key is that
     * integer: 21 bits, two radix passes instead of six. Else it is the score's IEEE bits, which order like the
     * values for non-negative doubles.
     *
     * @return whether the keys are the compact ones
     */
    private static boolean keys(final byte[] actual, final double[] score, final int from, final long[] keys,
            final boolean tryCompact) {
        if (tryCompact) {
            boolean compact = true;
            for (int k = 0; k < keys.length && compact; k++) {
                double s = score[from + k];
                double micros = Math.rint(s * MICROS);
                compact = micros / MICROS == s;
                keys[k] = (long) micros << 1 | actual[from + k];
            }
            if (compact) {
                return true;
            }
        }
        for (int k = 0; k < keys.length; k++) {
            // the sign bit falls off, so -0.0 ties with 0.0 as it does in numpy
            keys[k] = Double.doubleToRawLongBits(score[from + k]) << 1 | actual[from + k];
        }
        return false;
    }

    private static final double MICROS = 1e6;

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
        byte[] negative = new byte[n];
        for (int i = 0; i < n; i++) {
            negative[i] = (byte) (actual[i] != 0 ? 0 : 1);
            rows[i] = i;
        }
        // the lowest key bit is 1 for a negative row: walked from the top, a group of ties lists its negatives first
        keys(negative, score, 0, keys, true);
        RadixSort.sort(keys, rows, n);
        int[] packed = new int[n];
        for (int k = n - 1, out = 0; k >= 0; k--, out++) {
            int row = rows[k];
            boolean groupEnd = k == 0 || keys[k - 1] >>> 1 != keys[k] >>> 1;
            packed[out] = row | (actual[row] != 0 ? LABEL_BIT : 0) | (groupEnd ? GROUP_END_BIT : 0);
        }
        return packed;
    }

    /** AUC and AP when row {@code i} counts {@code weights[i]} times. */
    static double[] weighted(final int[] order, final byte[] weights) {
        return weighted(order, weights, true);
    }

    /** The rows in the order, without the packed bits. */
    static int[] rows(final int[] order) {
        int[] rows = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            rows[k] = order[k] & ROW_MASK;
        }
        return rows;
    }

    /**
     * AUC, and AP when {@code withPrecision} (else NaN), when row {@code i} counts {@code weights[i]} times.
     */
    static double[] weighted(final int[] order, final byte[] weights, final boolean withPrecision) {
        if (withPrecision) {
            return weightedWithPrecision(order, weights);
        }
        return weighted(order, mixedGroups(order), weights);
    }

    /** The AUC (NaN if undefined) with the tie groups of {@link #mixedGroups} computed beforehand. */
    static double weightedAuc(final int[] order, final int[] mixed, final byte[] weights) {
        return weighted(order, mixed, weights)[0];
    }

    private static double[] weighted(final int[] order, final int[] mixed, final byte[] weights) {
        long[] state = new long[STATE];
        walk(order, weights, 0, order.length, state);
        return new double[] {auc(state, tieTerm(order, mixed, weights)), Double.NaN};
    }

    /**
     * The AUC and the confusion counts in one pass, for predictions that are {@code score >= threshold}: the
     * first {@code cut} rows of the order are the predicted positives.
     *
     * @return {@code [auc (NaN if undefined), tp, fp, fn, tn]}
     */
    static double[] aucAndConfusion(final int[] order, final int[] mixed, final byte[] weights, final int cut) {
        long[] state = new long[STATE];
        walk(order, weights, 0, cut, state);
        long tp = state[POSITIVES];
        long fp = state[NEGATIVES];
        walk(order, weights, cut, order.length, state);
        return new double[] {auc(state, tieTerm(order, mixed, weights)), tp, fp, state[POSITIVES] - tp,
                state[NEGATIVES] - fp};
    }

    /**
     * {@link #aucAndConfusion} for two models over the same multiplicities, in one loop: the two walks do not
     * depend on each other, so the processor overlaps them.
     *
     * @return {@code [model][auc, tp, fp, fn, tn]}
     */
    static double[][] pairedAucAndConfusion(final int[] orderA, final int[] mixedA, final int cutA,
            final int[] orderB, final int[] mixedB, final int cutB, final byte[] weights) {
        long[] a = new long[STATE];
        long[] b = new long[STATE];
        long[] atCutA = new long[2];
        long[] atCutB = new long[2];
        int[] stops = {Math.min(cutA, cutB), Math.max(cutA, cutB), orderA.length};
        int from = 0;
        for (int stop : stops) {
            walkPair(orderA, orderB, weights, from, stop, a, b);
            if (stop == cutA) {
                atCutA[0] = a[POSITIVES];
                atCutA[1] = a[NEGATIVES];
            }
            if (stop == cutB) {
                atCutB[0] = b[POSITIVES];
                atCutB[1] = b[NEGATIVES];
            }
            from = stop;
        }
        return new double[][] {result(a, atCutA, tieTerm(orderA, mixedA, weights)),
                result(b, atCutB, tieTerm(orderB, mixedB, weights))};
    }

    private static double[] result(final long[] state, final long[] atCut, final long ties) {
        return new double[] {auc(state, ties), atCut[0], atCut[1], state[POSITIVES] - atCut[0],
                state[NEGATIVES] - atCut[1]};
    }

    /**
     * The entry ranges {@code [start, end)} (as pairs) of the groups of tied scores that hold both classes: the
     * only places where ties change the AUC.
     */
    static int[] mixedGroups(final int[] order) {
        int[] ranges = new int[16];
        int used = 0;
        int start = 0;
        boolean positive = false;
        boolean negative = false;
        for (int k = 0; k < order.length; k++) {
            positive |= (order[k] & LABEL_BIT) != 0;
            negative |= (order[k] & LABEL_BIT) == 0;
            if (order[k] < 0) {
                if (positive && negative) {
                    if (used + 2 > ranges.length) {
                        ranges = java.util.Arrays.copyOf(ranges, ranges.length * 2);
                    }
                    ranges[used++] = start;
                    ranges[used++] = k + 1;
                }
                start = k + 1;
                positive = false;
                negative = false;
            }
        }
        return java.util.Arrays.copyOf(ranges, used);
    }

    /** Twice the half credit of ties: the sum over mixed groups of (negatives x positives) in the group. */
    private static long tieTerm(final int[] order, final int[] mixed, final byte[] weights) {
        long sum = 0;
        for (int g = 0; g < mixed.length; g += 2) {
            long positives = 0;
            long negatives = 0;
            for (int k = mixed[g]; k < mixed[g + 1]; k++) {
                int entry = order[k];
                int w = weights[entry & ROW_MASK];
                if ((entry & LABEL_BIT) != 0) {
                    positives += w;
                }
                else {
                    negatives += w;
                }
            }
            sum += positives * negatives;
        }
        return sum;
    }

    private static final int STATE = 3;
    private static final int POSITIVES = 0;
    private static final int NEGATIVES = 1;
    /** Weighted pairs (negative, positive in a higher group): half of twice the AUC's numerator, less ties. */
    private static final int AUC_TWICE = 2;

    private static double auc(final long[] state, final long ties) {
        long positives = state[POSITIVES];
        long negatives = state[NEGATIVES];
        return positives == 0 || negatives == 0 ? Double.NaN
                : (2 * state[AUC_TWICE] + ties) / (2.0 * positives * negatives);
    }

    /**
     * Entries {@code [from, to)} of the order, which lists a group's negatives before its positives: a negative
     * then has exactly the positives of the higher groups above it, and counts twice them; the ties' half credit
     * is added by {@link #tieTerm}. No branches: the label decides through masks.
     */
    private static void walk(final int[] order, final byte[] weights, final int from, final int to,
            final long[] state) {
        long positives = state[POSITIVES];
        long negatives = state[NEGATIVES];
        long aucTwice = state[AUC_TWICE];
        for (int k = from; k < to; k++) {
            int entry = order[k];
            long w = weights[entry & ROW_MASK];
            long positive = -(long) ((entry >>> ROW_BITS) & 1);
            long negativeWeight = w & ~positive;
            aucTwice += negativeWeight * positives;
            positives += w & positive;
            negatives += negativeWeight;
        }
        state[POSITIVES] = positives;
        state[NEGATIVES] = negatives;
        state[AUC_TWICE] = aucTwice;
    }

    private static void walkPair(final int[] orderA, final int[] orderB, final byte[] weights, final int from,
            final int to, final long[] stateA, final long[] stateB) {
        long positivesA = stateA[POSITIVES];
        long negativesA = stateA[NEGATIVES];
        long aucTwiceA = stateA[AUC_TWICE];
        long positivesB = stateB[POSITIVES];
        long negativesB = stateB[NEGATIVES];
        long aucTwiceB = stateB[AUC_TWICE];
        for (int k = from; k < to; k++) {
            int entryA = orderA[k];
            int entryB = orderB[k];
            long wA = weights[entryA & ROW_MASK];
            long wB = weights[entryB & ROW_MASK];
            long positiveA = -(long) ((entryA >>> ROW_BITS) & 1);
            long positiveB = -(long) ((entryB >>> ROW_BITS) & 1);
            long negativeWeightA = wA & ~positiveA;
            long negativeWeightB = wB & ~positiveB;
            aucTwiceA += negativeWeightA * positivesA;
            aucTwiceB += negativeWeightB * positivesB;
            positivesA += wA & positiveA;
            positivesB += wB & positiveB;
            negativesA += negativeWeightA;
            negativesB += negativeWeightB;
        }
        stateA[POSITIVES] = positivesA;
        stateA[NEGATIVES] = negativesA;
        stateA[AUC_TWICE] = aucTwiceA;
        stateB[POSITIVES] = positivesB;
        stateB[NEGATIVES] = negativesB;
        stateB[AUC_TWICE] = aucTwiceB;
    }

    private static double[] weightedWithPrecision(final int[] order, final byte[] weights) {
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
