package io.modelci.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps the byte text of a categorical cell (a label, a class, a slice value) to a small integer code without
 * making a String per row: a row only allocates when it brings a value not seen before.
 */
final class CategoryDictionary {
    private final List<String> values = new ArrayList<>();
    private byte[][] keys = new byte[16][];
    private int[] codes = new int[16];
    private int mask = 15;
    private int size;

    /** The code of {@code bytes[start, end)}, adding it when new. */
    int codeOf(final byte[] bytes, final int start, final int end) {
        int hash = hash(bytes, start, end);
        int slot = hash & mask;
        while (true) {
            byte[] key = keys[slot];
            if (key == null) {
                return add(bytes, start, end, slot);
            }
            if (equal(key, bytes, start, end)) {
                return codes[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The code of a value, adding it when new. */
    int codeOf(final String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return codeOf(bytes, 0, bytes.length);
    }

    /** The code of a value, or -1 when it has not been seen. */
    int find(final String value) {
        return values.indexOf(value);
    }

    int size() {
        return size;
    }

    String value(final int code) {
        return values.get(code);
    }

    List<String> values() {
        return List.copyOf(values);
    }

    private int add(final byte[] bytes, final int start, final int end, final int slot) {
        int code = values.size();
        keys[slot] = Arrays.copyOfRange(bytes, start, end);
        codes[slot] = code;
        values.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
        size++;
        if (values.size() * 2 > keys.length) {
            grow();
        }
        return code;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldCodes = codes;
        keys = new byte[oldKeys.length * 2][];
        codes = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = hash(oldKeys[i], 0, oldKeys[i].length) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                codes[slot] = oldCodes[i];
            }
        }
    }

    private static int hash(final byte[] bytes, final int start, final int end) {
        int hash = 1;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + bytes[i];
        }
        return hash ^ (hash >>> 16);
    }

    private static boolean equal(final byte[] key, final byte[] bytes, final int start, final int end) {
        return Arrays.equals(key, 0, key.length, bytes, start, end);
    }
}
