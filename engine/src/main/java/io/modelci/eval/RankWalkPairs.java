package io.modelci.eval;

import java.util.SplittableRandom;

/**
 * {@link RankWalks}' loops for two resamples at once. Each row's two weights share a char (the first resample's
 * in the low byte, the second's in the high byte; Poisson weights stay far below 128), so a walk reads each
 * entry, each log-loss delta and each weight pair once for both resamples, and the loads, index arithmetic and
 * bounds checks are shared. Each resample keeps its own integer sums: its results are exactly those of a walk of
 * its own.
 */
final class RankWalkPairs {
    private static final int POSITION_MASK = (1 << 30) - 1;

    private RankWalkPairs() {
    }

    /**
     * The draws of {@link PoissonWeights#fill(SplittableRandom, byte[], int, int)} for two generators, into the
     * low and high bytes of {@code weights[from, to)}; consecutive stretches from 0 to {@code weights.length}
     * give the same weights as filling each resample's array at once.
     */
    static void fill(final SplittableRandom first, final SplittableRandom second, final char[] weights,
            final int from, final int to) {
        byte[] table = PoissonWeights.TABLE;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            long a = first.nextLong();
            long b = second.nextLong();
            weights[i] = (char) (table[(int) (a & 0xffff)] | table[(int) (b & 0xffff)] << 8);
            weights[i + 1] = (char) (table[(int) ((a >>> 16) & 0xffff)] | table[(int) ((b >>> 16) & 0xffff)] << 8);
            weights[i + 2] = (char) (table[(int) ((a >>> 32) & 0xffff)] | table[(int) ((b >>> 32) & 0xffff)] << 8);
            weights[i + 3] = (char) (table[(int) (a >>> 48)] | table[(int) (b >>> 48)] << 8);
        }
        if (to == weights.length) {
            long a = first.nextLong();
            long b = second.nextLong();
            for (; i < to; i++) {
                weights[i] = (char) (table[(int) (a & 0xffff)] | table[(int) (b & 0xffff)] << 8);
                a >>>= 16;
                b >>>= 16;
            }
        }
    }

    /**
     * {@link RankWalks#walkChallenger} for both resamples: ranks {@code [from, to)} within the tile at
     * {@code base}, with the log-loss sums when {@code loss} is given. Each resample's negative and positive
     * weights share a long (the positives in the high half: a row's weight shifted by 32 when positive), fewer
     * registers for the loop to keep ({@link PairedBinaryKernel#MAX_ROWS_TWO_AT_ONCE} keeps both halves exact).
     */
    static void walkChallenger(final short[] walk, final char[] weights, final int base, final int[] loss,
            final int from, final int to, final long[] first, final long[] second) {
        long seenA = packed(first);
        long seenB = packed(second);
        long sumA = first[RankWalks.SUM];
        long sumB = second[RankWalks.SUM];
        if (loss == null) {
            for (int rank = from; rank < to; rank++) {
                int entry = walk[rank];
                int sign = entry >> 31;
                int both = weights[base + (entry ^ sign)];
                long a = both & 0xff;
                long b = both >>> 8;
                int shift = sign & 32;
                seenA += a << shift;
                seenB += b << shift;
                sumA += (a & sign) * (seenA & LOW);
                sumB += (b & sign) * (seenB & LOW);
            }
        }
        else {
            long lossA = 0;
            long lossB = 0;
            for (int rank = from; rank < to; rank++) {
                int entry = walk[rank];
                int sign = entry >> 31;
                int both = weights[base + (entry ^ sign)];
                long a = both & 0xff;
                long b = both >>> 8;
                int shift = sign & 32;
                seenA += a << shift;
                seenB += b << shift;
                sumA += (a & sign) * (seenA & LOW);
                sumB += (b & sign) * (seenB & LOW);
                long delta = loss[rank];
                lossA += a * delta;
                lossB += b * delta;
            }
            first[RankWalks.LOSS] += lossA;
            second[RankWalks.LOSS] += lossB;
        }
        unpack(seenA, first);
        unpack(seenB, second);
        first[RankWalks.SUM] = sumA;
        second[RankWalks.SUM] = sumB;
    }

    /** {@link RankWalks#walkChampionCounting} for both resamples, negatives and positives packed as above. */
    static void walkChampionCounting(final int[] walk, final char[] weights, final int from, final int to,
            final long[] first, final long[] second) {
        long seenA = packed(first);
        long seenB = packed(second);
        long sumA = first[RankWalks.SUM];
        long sumB = second[RankWalks.SUM];
        for (int rank = from; rank < to; rank++) {
            int entry = walk[rank];
            int sign = entry >> 31;
            int both = weights[entry ^ sign];
            long a = both & 0xff;
            long b = both >>> 8;
            int shift = sign & 32;
            seenA += a << shift;
            seenB += b << shift;
            sumA += (a & sign) * (seenA & LOW);
            sumB += (b & sign) * (seenB & LOW);
        }
        unpack(seenA, first);
        unpack(seenB, second);
        first[RankWalks.SUM] = sumA;
        second[RankWalks.SUM] = sumB;
    }

    private static final long LOW = 0xffffffffL;

    private static long packed(final long[] state) {
        return state[RankWalks.NEGATIVES] | state[RankWalks.POSITIVES] << 32;
    }

    private static void unpack(final long packed, final long[] state) {
        state[RankWalks.NEGATIVES] = packed & LOW;
        state[RankWalks.POSITIVES] = packed >>> 32;
    }

    /** {@link RankWalks#walkChampion} for both resamples. */
    static void walkChampion(final int[] walk, final char[] weights, final int from, final int to,
            final long[] first, final long[] second) {
        long negativesA = first[RankWalks.NEGATIVES];
        long sumA = first[RankWalks.SUM];
        long negativesB = second[RankWalks.NEGATIVES];
        long sumB = second[RankWalks.SUM];
        for (int rank = from; rank < to; rank++) {
            int entry = walk[rank];
            int sign = entry >> 31;
            int both = weights[entry ^ sign];
            long a = both & 0xff;
            long b = both >>> 8;
            long positiveA = a & sign;
            long positiveB = b & sign;
            negativesA += a - positiveA;
            negativesB += b - positiveB;
            sumA += positiveA * negativesA;
            sumB += positiveB * negativesB;
        }
        first[RankWalks.NEGATIVES] = negativesA;
        first[RankWalks.SUM] = sumA;
        second[RankWalks.NEGATIVES] = negativesB;
        second[RankWalks.SUM] = sumB;
    }

    /**
     * {@link RankWalks#tiedPairs} of chunk c for both resamples, added to {@code tied[0]} and {@code tied[1]}.
     * Two weights below 128 sum to less than 256: the pair of a triple's two rows of one class adds in one char.
     */
    static void tiedPairs(final int[] mixed, final char[] weights, final int[] chunks, final int c,
            final long[] tied) {
        int at = 3 * c;
        long sumA = 0;
        long sumB = 0;
        for (int i = chunks[at], end = chunks[at + 3]; i < end; i += 2) {
            int x = weights[mixed[i]];
            int y = weights[mixed[i + 1]];
            sumA += (long) ((x & 0xff) * (y & 0xff));
            sumB += (long) ((x >>> 8) * (y >>> 8));
        }
        for (int i = chunks[at + 1], end = chunks[at + 4]; i < end; i += 3) {
            int same = weights[mixed[i]] + weights[mixed[i + 1]];
            int odd = weights[mixed[i + 2]];
            sumA += (long) ((same & 0xff) * (odd & 0xff));
            sumB += (long) ((same >>> 8) * (odd >>> 8));
        }
        long groupA = 0;
        long groupB = 0;
        for (int i = chunks[at + 2], end = chunks[at + 5]; i < end; i++) {
            int entry = mixed[i];
            int both = weights[entry & POSITION_MASK];
            long a = both & 0xff;
            long b = both >>> 8;
            long sign = entry >> 31;
            long keep = ~((entry << 1) >> 31);
            long positiveA = a & sign;
            long positiveB = b & sign;
            sumA += positiveA * groupA;
            sumB += positiveB * groupB;
            groupA = (groupA + a - positiveA) & keep;
            groupB = (groupB + b - positiveB) & keep;
        }
        tied[0] += sumA;
        tied[1] += sumB;
    }
}
