package io.modelci.eval;

/**
 * Least-significant-digit radix sort of non-negative {@code long} keys, optionally carrying an {@code int}
 * payload: linear time, and digits in which every key agrees cost nothing. Used to order scores (whose IEEE bits
 * order like the values, for non-negative doubles) many times faster than a comparison sort.
 */
final class RadixSort {
    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int MASK = BUCKETS - 1;
    private static final int DIGITS = (63 + BITS - 1) / BITS;

    private RadixSort() {
    }

    /** Sorts {@code keys[0, n)} ascending; keys must be non-negative. */
    static void sort(final long[] keys, final int n) {
        sort(keys, null, n);
    }

    /** Sorts {@code keys[0, n)} ascending, moving {@code payload[i]} with {@code keys[i]} (payload may be null). */
    static void sort(final long[] keys, final int[] payload, final int n) {
        int[][] counts = new int[DIGITS][BUCKETS];
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            for (int d = 0; d < DIGITS; d++) {
                counts[d][(int) (key >>> (d * BITS)) & MASK]++;
            }
        }
        long[] from = keys;
        long[] to = new long[n];
        int[] payloadFrom = payload;
        int[] payloadTo = payload == null ? null : new int[n];
        for (int d = 0; d < DIGITS; d++) {
            int[] count = counts[d];
            if (allInOneBucket(count, n)) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            int shift = d * BITS;
            if (payloadFrom == null) {
                for (int i = 0; i < n; i++) {
                    long key = from[i];
                    to[count[(int) (key >>> shift) & MASK]++] = key;
                }
            }
            else {
                for (int i = 0; i < n; i++) {
                    long key = from[i];
                    int slot = count[(int) (key >>> shift) & MASK]++;
                    to[slot] = key;
                    payloadTo[slot] = payloadFrom[i];
                }
                int[] swap = payloadFrom;
                payloadFrom = payloadTo;
                payloadTo = swap;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != keys) {
            System.arraycopy(from, 0, keys, 0, n);
            if (payload != null) {
                System.arraycopy(payloadFrom, 0, payload, 0, n);
            }
        }
    }

    private static boolean allInOneBucket(final int[] count, final int n) {
        for (int c : count) {
            if (c == n) {
                return true;
            }
            if (c != 0) {
                return false;
            }
        }
        return n == 0;
    }
}
