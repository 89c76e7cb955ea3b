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

    /**
     * Where each chunk of {@code 1 << chunkBits} ranks starts in the three sections of {@link #mixedRows}: element
     * {@code 3c} (pairs), {@code 3c + 1} (triples) and {@code 3c + 2} (larger groups) index the first group whose
     * last row lies in chunk c or later; chunk c's groups end where chunk c + 1's start. A walk adds the half
     * credit of a chunk's groups right after walking the chunk, while their weights are still in cache.
     */
    static int[] tieChunks(final int[] order, final int[] mixed, final int chunkBits) {
        int[] groups = Ranking.mixedGroups(order);
        int chunks = (order.length + (1 << chunkBits) - 1) >>> chunkBits;
        int[] starts = new int[3 * (chunks + 1)];
        int nextPair = 2;
        int nextTriple = 2 + mixed[0];
        int next = 2 + mixed[0] + mixed[1];
        int chunk = 0;
        for (int g = 0; g < groups.length; g += 2) {
            int last = (groups[g + 1] - 1) >>> chunkBits;
            for (; chunk <= last; chunk++) {
                starts[3 * chunk] = nextPair;
                starts[3 * chunk + 1] = nextTriple;
                starts[3 * chunk + 2] = next;
            }
            int size = groups[g + 1] - groups[g];
            if (size == 2) {
                nextPair += 2;
            }
            else if (size == 3) {
                nextTriple += 3;
            }
            else {
                next += size;
            }
        }
        for (; chunk <= chunks; chunk++) {
            starts[3 * chunk] = nextPair;
            starts[3 * chunk + 1] = nextTriple;
            starts[3 * chunk + 2] = next;
        }
        return starts;
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
     * A walk's results: the negative weight seen, the sum over positive rows of their weight times the negative
     * weight seen, the positive weight seen, the weight and positives at its cut.
     */
    static final int NEGATIVES = 0;
    static final int SUM = 1;
    static final int POSITIVES = 2;
    static final int SEEN_AT_CUT = 3;
    static final int POSITIVES_AT_CUT = 4;
    static final int LOSS = 5;
    /** The tied pairs ({@link #tiedPairs}) when the walk summed them chunk by chunk. */
    static final int TIES = 6;
    static final int SIZE = 7;

    /**
     * Twice the Mann-Whitney U from a walk. Walking down the scores with N the running negative weight (this row
     * included), a walk sums {@code p N} over positive rows of weight p: N counts the negatives above the row or
     * in its tie group ({@link Ranking#order} lists a group's negatives first). Twice U counts each negative
     * below a positive twice and each tied one once: {@code 2 N P - 2 sum p N} plus, per tie group holding both
     * classes, its negatives times its positives. (One product a row: a running weight of all rows would need
     * the squared positive weights too.)
     *
     * @param totals the challenger's walk: all positives
     */
    private static long twiceAuc(final long[] walk, final long[] totals, final int[] mixed, final byte[] weights) {
        long positives = totals[POSITIVES];
        long negatives = walk[NEGATIVES];
        long tied = mixed == null ? walk[TIES] : tiedPairs(mixed, weights);
        return 2 * negatives * positives - 2 * walk[SUM] + tied;
    }

    /**
     * The sum over tie groups holding both classes of their negatives times their positives: for a pair, the
     * product of its two weights; for three rows, the sum of the two of one class times the third; a larger group lists its negatives first, so each positive row meets all of
     * them in the running count (branch-free).
     */
    private static long tiedPairs(final int[] mixed, final byte[] weights) {
        int pairsEnd = 2 + mixed[0];
        int triplesEnd = pairsEnd + mixed[1];
        return tiedPairs(mixed, weights, 2, pairsEnd, pairsEnd, triplesEnd, triplesEnd, mixed.length);
    }

    /** {@link #tiedPairs} of the groups of chunk c of {@link #tieChunks}. */
    static long tiedPairs(final int[] mixed, final byte[] weights, final int[] chunks, final int c) {
        int at = 3 * c;
        return tiedPairs(mixed, weights, chunks[at], chunks[at + 3], chunks[at + 1], chunks[at + 4], chunks[at + 2],
                chunks[at + 5]);
    }

    /** {@link #tiedPairs} of the groups in the given index ranges of the three sections. */
    private static long tiedPairs(final int[] mixed, final byte[] weights, final int pairsFrom, final int pairsEnd,
            final int triplesFrom, final int triplesEnd, final int largeFrom, final int largeEnd) {
        long sum = 0;
        for (int i = pairsFrom; i < pairsEnd; i += 2) {
            sum += (long) weights[mixed[i]] * weights[mixed[i + 1]];
        }
        for (int i = triplesFrom; i < triplesEnd; i += 3) {
            sum += (long) (weights[mixed[i]] + weights[mixed[i + 1]]) * weights[mixed[i + 2]];
        }
        long groupNegatives = 0;
        for (int i = largeFrom; i < largeEnd; i++) {
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
     * @param totals the challenger's walk (all positives), when there is a walk
     * @param mixed the model's {@link #mixedRows}, or null when the walk summed the ties ({@link #TIES})
     */
    static double[] metrics(final long[] counts, final int predictionBit, final long[] walk,
            final long[] totals, final int[] mixed, final byte[] weights) {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        if (counts == null) {
            long positives = totals[POSITIVES];
            long negatives = walk[NEGATIVES];
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

    /**
     * Ranks {@code [from, to)} of the challenger's walk ({@link PairedBinaryKernel}), all within the tile whose
     * weights start at {@code base}: an entry is the row's offset in the tile, negated for a positive row. It
     * also counts the positives, for both models; and sums the weighted log-loss deltas in integers when asked:
     * a few integer operations per row instead of another pass over the weights.
     */
    static void walkChallenger(final short[] walk, final byte[] weights, final int base, final int[] loss,
            final int from, final int to, final long[] state) {
        long negatives = state[NEGATIVES];
        long sum = state[SUM];
        long positives = state[POSITIVES];
        if (loss == null) {
            for (int rank = from; rank < to; rank++) {
                int entry = walk[rank];
                int sign = entry >> 31;
                long w = weights[base + (entry ^ sign)];
                long positive = w & sign;
                negatives += w - positive;
                positives += positive;
                sum += positive * negatives;
            }
        }
        else {
            long lossSum = 0;
            for (int rank = from; rank < to; rank++) {
                int entry = walk[rank];
                int sign = entry >> 31;
                long w = weights[base + (entry ^ sign)];
                long positive = w & sign;
                negatives += w - positive;
                positives += positive;
                sum += positive * negatives;
                lossSum += w * loss[rank];
            }
            state[LOSS] += lossSum;
        }
        state[NEGATIVES] = negatives;
        state[SUM] = sum;
        state[POSITIVES] = positives;
    }

    /** Ranks {@code [from, to)} of the champion's walk ({@link PairedBinaryKernel}) before its cut: counting its positives too. */
    static void walkChampionCounting(final int[] walk, final byte[] weights, final int from, final int to,
            final long[] state) {
        long negatives = state[NEGATIVES];
        long sum = state[SUM];
        long positives = state[POSITIVES];
        for (int rank = from; rank < to; rank++) {
            int entry = walk[rank];
            int sign = entry >> 31;
            long w = weights[entry ^ sign];
            long positive = w & sign;
            negatives += w - positive;
            positives += positive;
            sum += positive * negatives;
        }
        state[NEGATIVES] = negatives;
        state[SUM] = sum;
        state[POSITIVES] = positives;
    }

    /** Ranks {@code [from, to)} of the champion's walk ({@link PairedBinaryKernel}) past its cut. */
    static void walkChampion(final int[] walk, final byte[] weights, final int from, final int to,
            final long[] state) {
        long negatives = state[NEGATIVES];
        long sum = state[SUM];
        for (int rank = from; rank < to; rank++) {
            int entry = walk[rank];
            int sign = entry >> 31;
            long w = weights[entry ^ sign];
            long positive = w & sign;
            negatives += w - positive;
            sum += positive * negatives;
        }
        state[NEGATIVES] = negatives;
        state[SUM] = sum;
    }
}
