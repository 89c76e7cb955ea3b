package io.modelci.eval;

import java.util.Arrays;

/**
 * The arithmetic of {@link PairedBinaryKernel}'s walks down a score order: what a walk's state holds, twice the
 * Mann-Whitney U from it, the half credit of ties, and the metrics of one model from its counts.
 */
final class RankWalks {
    /** Mask of the position in a tie-list entry (bits 30 and 31 are flags). */
    private static final int POSITION_MASK = (1 << 30) - 1;
    private static final int ROC_AUC = 6;

    private RankWalks() {
    }

    /**
     * The rows of the tie groups holding both classes in an order of {@link Ranking#order}; most such groups have
     * two or three rows. Element 0 is the number of elements for groups of two (one row of each class: their two
     * positions), element 1 the number for groups of three (the two rows of the same class, then the other);
     * they follow in that order. Then the rows of the larger groups as entries: position, label in bit 31, end
     * of the group in bit 30.
     */
    static int[] mixedRows(final int[] order, final int[] positionOf) {
        int[] groups = Ranking.mixedGroups(order);
        int pairs = 0;
        int triples = 0;
        int count = 0;
        for (int g = 0; g < groups.length; g += 2) {
            int size = groups[g + 1] - groups[g];
            pairs += size == 2 ? 2 : 0;
            triples += size == 3 ? 3 : 0;
            count += size;
        }
        int[] mixed = new int[2 + count];
        mixed[0] = pairs;
        mixed[1] = triples;
        int nextPair = 2;
        int nextTriple = 2 + pairs;
        int next = 2 + pairs + triples;
        for (int g = 0; g < groups.length; g += 2) {
            int first = groups[g];
            int size = groups[g + 1] - first;
            if (size == 2) {
                mixed[nextPair++] = positionOf[order[first] & Ranking.ROW_MASK];
                mixed[nextPair++] = positionOf[order[first + 1] & Ranking.ROW_MASK];
                continue;
            }
            if (size == 3) {
                // negatives come first: the odd one out is the first row or the last
                boolean twoNegatives = (order[first + 1] & Ranking.LABEL_BIT) == 0;
                int odd = twoNegatives ? first + 2 : first;
                int same = twoNegatives ? first : first + 1;
                mixed[nextTriple++] = positionOf[order[same] & Ranking.ROW_MASK];
                mixed[nextTriple++] = positionOf[order[same + 1] & Ranking.ROW_MASK];
                mixed[nextTriple++] = positionOf[order[odd] & Ranking.ROW_MASK];
                continue;
            }
            for (int rank = first; rank < groups[g + 1]; rank++) {
                int entry = order[rank];
                int label = (entry & Ranking.LABEL_BIT) != 0 ? 1 << 31 : 0;
                int end = rank == groups[g + 1] - 1 ? 1 << 30 : 0;
                mixed[next++] = positionOf[entry & Ranking.ROW_MASK] | label | end;
            }
        }
        return mixed;
    }

    /** The number of predicted positives when they lead the order, else -1. */
    static int cut(final int[] order, final byte[] predicted) {
        int count = 0;
        for (byte p : predicted) {
            count += p;
        }
        for (int rank = 0; rank < count; rank++) {
            if (predicted[order[rank] & Ranking.ROW_MASK] != 1) {
                return -1;
            }
        }
        return count;
    }

    /**
     * A walk's results: weight seen, the sum of positive weight times weight seen, positives seen, the weight and
     * positives at its cut, and the sum of squared positive weights (the challenger's walk only).
     */
    static final int SEEN = 0;
    static final int SUM = 1;
    static final int POSITIVES = 2;
    static final int SEEN_AT_CUT = 3;
    static final int POSITIVES_AT_CUT = 4;
    static final int SQUARES = 5;
    static final int LOSS = 6;
    static final int SIZE = 7;

    /**
     * Twice the Mann-Whitney U from a walk. Walking down the scores with W the running weight of all rows (this
     * row included), a walk sums {@code p W} over positive rows of weight p; since
     * {@code sum p (2 P_incl - p) = P^2} over the positives, {@code 2 sum p W - sum p^2 = P^2 + 2 sum p N_incl},
     * N_incl the negatives above the row or in its tie group ({@link Ranking#order} lists a group's negatives
     * first). Twice U counts each negative below a positive twice and each tied one once:
     * {@code 2 N P - 2 sum p N_incl} plus, per tie group holding both classes, its negatives times its positives.
     *
     * @param totals the challenger's walk: all positives and their squares
     */
    private static long twiceAuc(final long[] walk, final long[] totals, final int[] mixed, final byte[] weights) {
        long positives = totals[POSITIVES];
        long negatives = walk[SEEN] - positives;
        long positivesTimesNegativesAbove = 2 * walk[SUM] - totals[SQUARES] - positives * positives;
        return 2 * negatives * positives - positivesTimesNegativesAbove + tiedPairs(mixed, weights);
    }

    /**
     * The sum over tie groups holding both classes of their negatives times their positives: for a pair, the
     * product of its two weights; for three rows, the sum of the two of one class times the third; a larger group lists its negatives first, so each positive row meets all of
     * them in the running count (branch-free).
     */
    private static long tiedPairs(final int[] mixed, final byte[] weights) {
        long sum = 0;
        int pairsEnd = 2 + mixed[0];
        for (int i = 2; i < pairsEnd; i += 2) {
            sum += (long) weights[mixed[i]] * weights[mixed[i + 1]];
        }
        int triplesEnd = pairsEnd + mixed[1];
        for (int i = pairsEnd; i < triplesEnd; i += 3) {
            sum += (long) (weights[mixed[i]] + weights[mixed[i + 1]]) * weights[mixed[i + 2]];
        }
        long groupNegatives = 0;
        for (int i = triplesEnd; i < mixed.length; i++) {
            int entry = mixed[i];
            long w = weights[entry & POSITION_MASK];
            long positive = w & (entry >> 31);
            long negative = w - positive;
            sum += positive * groupNegatives;
            groupNegatives = (groupNegatives + negative) & ~((entry << 1) >> 31);
        }
        return sum;
    }

    /**
     * One model's metrics, with the evaluation engine's formulas.
     *
     * @param counts the class weights, or null to take the confusion matrix from the walk's cut
     * @param predictionBit 1 for the challenger, 2 for the champion (bit in the class index)
     * @param walk the model's walk, or null without ROC AUC
     * @param totals the challenger's walk (positives and their squares), when there is a walk
     */
    static double[] metrics(final long[] counts, final int predictionBit, final long[] walk,
            final long[] totals, final int[] mixed, final byte[] weights) {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        if (counts == null) {
            long positives = totals[POSITIVES];
            long negatives = walk[SEEN] - positives;
            tp = walk[POSITIVES_AT_CUT];
            fp = walk[SEEN_AT_CUT] - tp;
            fn = positives - tp;
            tn = negatives - fp;
        }
        else {
            int predictionMask = predictionBit << 1;
            for (int c = 0; c < 8; c++) {
                boolean label = (c & 1) != 0;
                boolean predicted = (c & predictionMask) != 0;
                tp += label && predicted ? counts[c] : 0;
                fp += !label && predicted ? counts[c] : 0;
                tn += !label && !predicted ? counts[c] : 0;
                fn += label && !predicted ? counts[c] : 0;
            }
        }
        double[] m = new double[PairedBinaryKernel.METRICS.size()];
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
        if (walk != null && positives > 0 && negatives > 0) {
            m[ROC_AUC] = twiceAuc(walk, totals, mixed, weights) / (2.0 * positives * negatives);
        }
        m[9] = tp;
        m[10] = fp;
        m[11] = tn;
        m[12] = fn;
        return m;
    }
}
