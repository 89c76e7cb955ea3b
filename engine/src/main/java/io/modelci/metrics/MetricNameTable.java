package io.modelci.metrics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a metric's series by the bytes of its name without making a String per lookup: an open-addressing hash
 * table keyed by byte content. A String is made once, the first time a name is seen.
 */
final class MetricNameTable {
    private final int maxNames;
    private final int historyCapacity;
    private byte[][] keys = new byte[64][];
    private MetricSeries[] series = new MetricSeries[64];
    private final List<MetricSeries> inOrder = new ArrayList<>();
    private long refused;

    MetricNameTable(final int maxNames, final int historyCapacity) {
        this.maxNames = maxNames;
        this.historyCapacity = historyCapacity;
    }

    /** The series for {@code bytes[from, from + length)}, created when new; null when the table is full. */
    MetricSeries get(final byte[] bytes, final int from, final int length) {
        int hash = hash(bytes, from, length);
        int mask = keys.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            byte[] key = keys[slot];
            if (key == null) {
                return create(bytes, from, length, slot);
            }
            if (key.length == length && Arrays.equals(key, 0, length, bytes, from, from + length)) {
                return series[slot];
            }
        }
    }

    /** The series for a name given as a String (the custom-regex path). */
    MetricSeries get(final String name) {
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        return get(bytes, 0, bytes.length);
    }

    /** All series, in the order their names were first seen. */
    List<MetricSeries> all() {
        return inOrder;
    }

    /** How many points were refused because the table was full. */
    long refused() {
        return refused;
    }

    private MetricSeries create(final byte[] bytes, final int from, final int length, final int slot) {
        if (inOrder.size() >= maxNames) {
            refused++;
            return null;
        }
        byte[] key = Arrays.copyOfRange(bytes, from, from + length);
        MetricSeries created = new MetricSeries(new String(key, StandardCharsets.ISO_8859_1), historyCapacity);
        keys[slot] = key;
        series[slot] = created;
        inOrder.add(created);
        if (inOrder.size() * 2 > keys.length) {
            grow();
        }
        return created;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        MetricSeries[] oldSeries = series;
        keys = new byte[oldKeys.length * 2][];
        series = new MetricSeries[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null) {
                int slot = hash(oldKeys[k], 0, oldKeys[k].length) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[k];
                series[slot] = oldSeries[k];
            }
        }
    }

    private static int hash(final byte[] bytes, final int from, final int length) {
        int hash = 0;
        for (int k = from; k < from + length; k++) {
            hash = 31 * hash + bytes[k];
        }
        return hash ^ (hash >>> 16);
    }
}
