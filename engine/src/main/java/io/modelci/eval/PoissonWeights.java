package io.modelci.eval;

import java.util.SplittableRandom;

/**
 * Poisson(1) bootstrap weights, four per 64-bit random number through a 16-bit inverse-CDF table: each cumulative
 * probability is exact to 2^-16, far below the Monte Carlo error of any bootstrap.
 */
final class PoissonWeights {
    /** The inverse-CDF table: the weight drawn for each 16 random bits. */
    static final byte[] TABLE = table();

    private PoissonWeights() {
    }

    private static byte[] table() {
        byte[] table = new byte[1 << 16];
        double probability = Math.exp(-1);
        double cumulative = probability;
        int k = 0;
        for (int u = 0; u < table.length; u++) {
            double position = (u + 0.5) / table.length;
            while (position > cumulative && k < 120) {
                k++;
                probability /= k;
                cumulative += probability;
            }
            table[u] = (byte) k;
        }
        return table;
    }

    /** Fills {@code weights} with independent Poisson(1) draws. */
    static void fill(final SplittableRandom random, final byte[] weights) {
        fill(random, weights, 0, weights.length);
    }

    /**
     * Fills {@code weights[from, to)}, the next stretch of {@link #fill(SplittableRandom, byte[])}'s draws: filling
     * consecutive stretches from 0 to the end, each starting at a multiple of 4, gives the same weights as filling
     * the whole array at once.
     */
    static void fill(final SplittableRandom random, final byte[] weights, final int from, final int to) {
        byte[] table = TABLE;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            long bits = random.nextLong();
            weights[i] = table[(int) (bits & 0xffff)];
            weights[i + 1] = table[(int) ((bits >>> 16) & 0xffff)];
            weights[i + 2] = table[(int) ((bits >>> 32) & 0xffff)];
            weights[i + 3] = table[(int) (bits >>> 48)];
        }
        if (to == weights.length) {
            long bits = random.nextLong();
            for (; i < to; i++) {
                weights[i] = table[(int) (bits & 0xffff)];
                bits >>>= 16;
            }
        }
    }
}
