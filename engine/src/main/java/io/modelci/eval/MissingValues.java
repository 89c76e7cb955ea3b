package io.modelci.eval;

/** The cell texts that mean "no value", as pandas reads them: empty, NaN, nan, NA, N/A, null, NULL, None. */
final class MissingValues {
    private static final byte[][] TOKENS = {
            "NaN".getBytes(), "nan".getBytes(), "NA".getBytes(), "N/A".getBytes(), "null".getBytes(),
            "NULL".getBytes(), "None".getBytes(), "-nan".getBytes(), "-NaN".getBytes()};

    private MissingValues() {
    }

    static boolean isMissing(final byte[] bytes, final int start, final int end) {
        int length = end - start;
        if (length == 0) {
            return true;
        }
        if (length > 4) {
            return false;
        }
        byte first = bytes[start];
        if (first != 'N' && first != 'n' && first != '-') {
            return false;
        }
        for (byte[] token : TOKENS) {
            if (java.util.Arrays.equals(token, 0, token.length, bytes, start, end)) {
                return true;
            }
        }
        return false;
    }
}
