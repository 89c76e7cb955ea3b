package io.modelci.gate;

import java.util.Arrays;

/** The permutation that sorts a double array ascending, without boxing: sort (value bits, index) pairs as longs. */
final class SortedOrder {
    private SortedOrder() {
    }

    /**
     * Indices of {@code values} in ascending order of value (ties in index order). Works for values in [0, 1]
     * and any other finite doubles: the value is sorted through its order-preserving float key, ties broken
     * exactly by a second pass.
     */
    static int[] of(final double[] values) {
        int n = values.length;
        // Sort by the exact double through an index sort on primitive keys: pack a 32-bit order-preserving
        // float key with the index, then fix the rare neighbours whose float keys tie but doubles differ.
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) floatKey(values[i]) << 32) | i;
        }
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) packed[i];
        }
        int start = 0;
        while (start < n) {
            int end = start + 1;
            long key = packed[start] >> 32;
            while (end < n && packed[end] >> 32 == key) {
                end++;
            }
            if (end - start > 1) {
                sortRun(order, start, end, values);
            }
            start = end;
        }
        return order;
    }

    /** A float-precision key whose signed order is the order of the values (negative floats flipped). */
    private static int floatKey(final double value) {
        int bits = Float.floatToIntBits((float) value);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    private static void sortRun(final int[] order, final int from, final int to, final double[] values) {
        boolean allEqual = true;
        for (int i = from + 1; i < to; i++) {
            if (values[order[i]] != values[order[from]]) {
                allEqual = false;
                break;
            }
        }
        if (allEqual) {
            return;
        }
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = order[i];
        }
        Arrays.sort(run, (a, b) -> {
            int byValue = Double.compare(values[a], values[b]);
            return byValue != 0 ? byValue : Integer.compare(a, b);
        });
        for (int i = from; i < to; i++) {
            order[i] = run[i - from];
        }
    }
}
