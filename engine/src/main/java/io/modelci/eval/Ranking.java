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
        byte[] noLabels = new byte[n];
        keys(noLabels, score, 0, keys, true);
        for (int i = 0; i < n; i++) {
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
        long[] state = new long[STATE];
        walk(order, weights, 0, order.length, state);
        return new double[] {auc(state), Double.NaN};
    }

    /**
     * The AUC and the confusion counts in one pass, for predictions that are {@code score >= threshold}: the
     * first {@code cut} rows of the order are the predicted positives.
     *
     * @return {@code [auc (NaN if undefined), tp, fp, fn, tn]}
     */
    static double[] aucAndConfusion(final int[] order, final byte[] weights, final int cut) {
        long[] state = new long[STATE];
        walk(order, weights, 0, cut, state);
        long tp = state[POSITIVES_ABOVE];
        long fp = state[NEGATIVES_ABOVE];
        walk(order, weights, cut, order.length, state);
        long fn = state[POSITIVES_ABOVE] - tp;
        long tn = state[NEGATIVES_ABOVE] - fp;
        return new double[] {auc(state), tp, fp, fn, tn};
    }

    /**
     * {@link #aucAndConfusion} for two models over the same multiplicities, in one loop: the two walks do not
     * depend on each other, so the processor overlaps them, which costs far less than two loops.
     *
     * @return {@code [model][auc, tp, fp, fn, tn]}
     */
    static double[][] pairedAucAndConfusion(final int[] orderA, final int cutA, final int[] orderB, final int cutB,
            final byte[] weights) {
        long[] a = new long[STATE];
        long[] b = new long[STATE];
        long[] confusionA = new long[2];
        long[] confusionB = new long[2];
        int[] stops = {Math.min(cutA, cutB), Math.max(cutA, cutB), orderA.length};
        int from = 0;
        for (int stop : stops) {
            walkPair(orderA, orderB, weights, from, stop, a, b);
            if (stop == cutA) {
                confusionA[0] = a[POSITIVES_ABOVE];
                confusionA[1] = a[NEGATIVES_ABOVE];
            }
            if (stop == cutB) {
                confusionB[0] = b[POSITIVES_ABOVE];
                confusionB[1] = b[NEGATIVES_ABOVE];
            }
            from = stop;
        }
        return new double[][] {result(a, confusionA), result(b, confusionB)};
    }

    private static double[] result(final long[] state, final long[] atCut) {
        return new double[] {auc(state), atCut[0], atCut[1], state[POSITIVES_ABOVE] - atCut[0],
                state[NEGATIVES_ABOVE] - atCut[1]};
    }

    private static void walkPair(final int[] orderA, final int[] orderB, final byte[] weights, final int from,
            final int to, final long[] stateA, final long[] stateB) {
        long positivesA = stateA[POSITIVES];
        long negativesA = stateA[NEGATIVES];
        long positivesAboveA = stateA[POSITIVES_ABOVE];
        long negativesAboveA = stateA[NEGATIVES_ABOVE];
        long aucTwiceA = stateA[AUC_TWICE];
        long positivesB = stateB[POSITIVES];
        long negativesB = stateB[NEGATIVES];
        long positivesAboveB = stateB[POSITIVES_ABOVE];
        long negativesAboveB = stateB[NEGATIVES_ABOVE];
        long aucTwiceB = stateB[AUC_TWICE];
        for (int k = from; k < to; k++) {
            int entryA = orderA[k];
            int entryB = orderB[k];
            long wA = weights[entryA & ROW_MASK];
            long wB = weights[entryB & ROW_MASK];
            long labelA = (entryA >>> ROW_BITS) & 1;
            long labelB = (entryB >>> ROW_BITS) & 1;
            long closingA = -(long) (entryA >>> 31);
            long closingB = -(long) (entryB >>> 31);
            positivesA += wA & -labelA;
            positivesB += wB & -labelB;
            negativesA += wA & (labelA - 1);
            negativesB += wB & (labelB - 1);
            aucTwiceA += (negativesA * (2 * positivesAboveA + positivesA)) & closingA;
            aucTwiceB += (negativesB * (2 * positivesAboveB + positivesB)) & closingB;
            positivesAboveA += positivesA & closingA;
            positivesAboveB += positivesB & closingB;
            negativesAboveA += negativesA & closingA;
            negativesAboveB += negativesB & closingB;
            positivesA &= ~closingA;
            positivesB &= ~closingB;
            negativesA &= ~closingA;
            negativesB &= ~closingB;
        }
        stateA[POSITIVES] = positivesA;
        stateA[NEGATIVES] = negativesA;
        stateA[POSITIVES_ABOVE] = positivesAboveA;
        stateA[NEGATIVES_ABOVE] = negativesAboveA;
        stateA[AUC_TWICE] = aucTwiceA;
        stateB[POSITIVES] = positivesB;
        stateB[NEGATIVES] = negativesB;
        stateB[POSITIVES_ABOVE] = positivesAboveB;
        stateB[NEGATIVES_ABOVE] = negativesAboveB;
        stateB[AUC_TWICE] = aucTwiceB;
    }

    private static final int STATE = 5;
    private static final int POSITIVES = 0;
    private static final int NEGATIVES = 1;
    private static final int POSITIVES_ABOVE = 2;
    private static final int NEGATIVES_ABOVE = 3;
    private static final int AUC_TWICE = 4;

    private static double auc(final long[] state) {
        long positives = state[POSITIVES_ABOVE];
        long negatives = state[NEGATIVES_ABOVE];
        return positives == 0 || negatives == 0 ? Double.NaN : state[AUC_TWICE] / (2.0 * positives * negatives);
    }

    /**
     * Entries {@code [from, to)} of the order; a range must end at a group end. The loop has no branches: most
     * groups of equal scores hold one row, so a branch per group end would be mispredicted about as often as
     * taken.
     */
    private static void walk(final int[] order, final byte[] weights, final int from, final int to,
            final long[] state) {
        long positives = state[POSITIVES];
        long negatives = state[NEGATIVES];
        long positivesAbove = state[POSITIVES_ABOVE];
        long negativesAbove = state[NEGATIVES_ABOVE];
        long aucTwice = state[AUC_TWICE];
        for (int k = from; k < to; k++) {
            int entry = order[k];
            long w = weights[entry & ROW_MASK];
            long label = (entry >>> ROW_BITS) & 1;
            long closing = -(long) (entry >>> 31);
            positives += w & -label;
            negatives += w & (label - 1);
            aucTwice += (negatives * (2 * positivesAbove + positives)) & closing;
            positivesAbove += positives & closing;
            negativesAbove += negatives & closing;
            positives &= ~closing;
            negatives &= ~closing;
        }
        state[POSITIVES] = positives;
        state[NEGATIVES] = negatives;
        state[POSITIVES_ABOVE] = positivesAbove;
        state[NEGATIVES_ABOVE] = negativesAbove;
        state[AUC_TWICE] = aucTwice;
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
