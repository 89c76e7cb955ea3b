package io.modelci.eval;

import java.util.SplittableRandom;

/**
 * Poisson(1) bootstrap weights, four per 64-bit random number through a 16-bit inverse-CDF table: each cumulative
 * probability is exact to 2^-16, far below the Monte Carlo error of any bootstrap.
 */
final class PoissonWeights {
    private static final byte[] TABLE = table();

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
        int n = weights.length;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long bits = random.nextLong();
            weights[i] = TABLE[(int) (bits & 0xffff)];
            weights[i + 1] = TABLE[(int) ((bits >>> 16) & 0xffff)];
            weights[i + 2] = TABLE[(int) ((bits >>> 32) & 0xffff)];
            weights[i + 3] = TABLE[(int) (bits >>> 48)];
        }
        long bits = random.nextLong();
        for (; i < n; i++) {
            weights[i] = TABLE[(int) (bits & 0xffff)];
            bits >>>= 16;
        }
    }
}
