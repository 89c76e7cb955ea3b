package io.modelci.metrics;

import java.nio.charset.StandardCharsets;

/**
 * The default log format, scanned by hand over bytes because a regex per line cannot reach hundreds of megabytes
 * per second.
 *
 * <p>A line counts when it carries a step marker: the word {@code step} or {@code epoch} (any case) followed by an
 * optional {@code = : #}, an optional {@code [} or {@code (}, and a number ({@code epoch 3}, {@code step=100},
 * {@code Epoch [3/10]}, {@code 'epoch': 1.0}). If both appear, {@code step} wins. Its metrics are
 * {@code key=value} and {@code key: value} pairs whose key starts with a letter or '_' and holds letters, digits
 * and {@code _ . / -}, and whose value is a number (decimal, exponent, {@code nan}, {@code inf}) ended by
 * white space, punctuation or the end of the line. A quote right after the key is allowed, so Python dict
 * reprs ({@code {'loss': 0.5, 'epoch': 1.0}}) work too.
 *
 * <p>Not thread-safe; one scanner per parser. Results of the last {@link #scan} are read from its fields.
 */
final class LogLineScanner {
    /** The most pairs taken from one line; the rest of a longer line is ignored. */
    static final int MAX_PAIRS = 256;

    private static final byte NAME = 1;
    private static final byte NAME_START = 2;
    private static final byte END = 4;
    private static final byte[] CLASSES = new byte[256];
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    };
    private static final long MAX_EXACT_MANTISSA = 1L << 53;

    static {
        for (int c = 0; c < 256; c++) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                CLASSES[c] = NAME | NAME_START;
            }
            else if (c >= '0' && c <= '9' || c == '.' || c == '/' || c == '-') {
                CLASSES[c] = NAME;
            }
        }
        for (char c : " \t\r\n,;)]}|'\"".toCharArray()) {
            CLASSES[c] = END;
        }
    }

    /** Whether the last line carried a step or epoch marker. */
    boolean hasMarker;
    /** Whether the marker was a whole number (a fractional epoch such as 0.5 is not). */
    boolean hasWholeStep;
    /** The step of the last line, when {@link #hasWholeStep}. */
    long step;
    /** How many pairs the last line had. */
    int pairs;
    /** Where each pair's key starts in the scanned array. */
    final int[] keyStarts = new int[MAX_PAIRS];
    /** How long each pair's key is. */
    final int[] keyLengths = new int[MAX_PAIRS];
    /** Each pair's value. */
    final double[] values = new double[MAX_PAIRS];

    private boolean markerIsStep;
    /** Where the last parsed number ended; set by {@link #parseNumber}. */
    private int numberEnd;

    /**
     * Scans {@code line[from, to)}.
     *
     * @return whether the line carried a marker and at least one pair
     */
    boolean scan(final byte[] line, final int from, final int to) {
        hasMarker = false;
        hasWholeStep = false;
        markerIsStep = false;
        pairs = 0;
        int i = from;
        while (i < to) {
            int kind = CLASSES[line[i] & 0xFF];
            if ((kind & NAME_START) == 0) {
                i++;
                if ((kind & NAME) != 0) {
                    // a word that starts with a digit or punctuation (a time, a path) is never a key
                    while (i < to && (CLASSES[line[i] & 0xFF] & NAME) != 0) {
                        i++;
                    }
                }
                continue;
            }
            int keyStart = i++;
            while (i < to && (CLASSES[line[i] & 0xFF] & NAME) != 0) {
                i++;
            }
            int keyEnd = i;
            int keyLength = keyEnd - keyStart;
            if (isMarker(line, keyStart, keyLength)) {
                i = marker(line, keyEnd, to, keyLength == 4);
                continue;
            }
            int valueStart = valueStart(line, keyEnd, to);
            if (valueStart < 0 || pairs == MAX_PAIRS) {
                continue;
            }
            double value = parseNumber(line, valueStart, to);
            if (numberEnd > 0 && (numberEnd == to || (CLASSES[line[numberEnd] & 0xFF] & END) != 0)) {
                keyStarts[pairs] = keyStart;
                keyLengths[pairs] = keyLength;
                values[pairs] = value;
                pairs++;
                i = numberEnd;
            }
        }
        return hasMarker && pairs > 0;
    }

    /** Where the value after a key begins ({@code key=v}, {@code key: v}, {@code 'key': v}), or -1. */
    private static int valueStart(final byte[] line, final int keyEnd, final int to) {
        int j = skipQuoteAndSpaces(line, keyEnd, to);
        if (j >= to || line[j] != '=' && line[j] != ':') {
            return -1;
        }
        j = skipSpaces(line, j + 1, to);
        return j < to && isNumberStart(line[j]) ? j : -1;
    }

    /**
     * Reads the number after a {@code step} or {@code epoch} word; the first marker wins, except that a step
     * replaces an epoch.
     *
     * @return where scanning goes on
     */
    private int marker(final byte[] line, final int keyEnd, final int to, final boolean isStep) {
        int j = skipQuoteAndSpaces(line, keyEnd, to);
        if (j < to && (line[j] == '=' || line[j] == ':' || line[j] == '#')) {
            j = skipSpaces(line, j + 1, to);
        }
        if (j < to && (line[j] == '[' || line[j] == '(')) {
            j = skipSpaces(line, j + 1, to);
        }
        if (j >= to || !(line[j] >= '0' && line[j] <= '9')) {
            return keyEnd;
        }
        double value = parseNumber(line, j, to);
        if (numberEnd < 0 || numberEnd < to && (CLASSES[line[numberEnd] & 0xFF] & NAME_START) != 0) {
            return keyEnd;
        }
        if (!hasMarker || isStep && !markerIsStep) {
            hasMarker = true;
            markerIsStep = isStep;
            hasWholeStep = value == Math.rint(value) && value < 9.0e18;
            step = hasWholeStep ? (long) value : 0;
        }
        return numberEnd;
    }

    private static int skipQuoteAndSpaces(final byte[] line, final int from, final int to) {
        int j = from;
        if (j < to && (line[j] == '\'' || line[j] == '"')) {
            j++;
        }
        return skipSpaces(line, j, to);
    }

    private static int skipSpaces(final byte[] line, final int from, final int to) {
        int j = from;
        while (j < to && (line[j] == ' ' || line[j] == '\t')) {
            j++;
        }
        return j;
    }

    private static boolean isMarker(final byte[] line, final int start, final int length) {
        return length == 4 && (line[start] | 0x20) == 's' && (line[start + 1] | 0x20) == 't'
                && (line[start + 2] | 0x20) == 'e' && (line[start + 3] | 0x20) == 'p'
                || length == 5 && (line[start] | 0x20) == 'e' && (line[start + 1] | 0x20) == 'p'
                && (line[start + 2] | 0x20) == 'o' && (line[start + 3] | 0x20) == 'c'
                && (line[start + 4] | 0x20) == 'h';
    }

    private static boolean isNumberStart(final byte c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'n' || c == 'N' || c == 'i'
                || c == 'I';
    }

    /**
     * Parses a number at {@code line[from..]}; sets {@link #numberEnd} to the index after it, or to -1 when there
     * is none.
     */
    double parseNumber(final byte[] line, final int from, final int to) {
        numberEnd = -1;
        int i = from;
        boolean negative = false;
        if (i < to && (line[i] == '-' || line[i] == '+')) {
            negative = line[i] == '-';
            i++;
        }
        if (i < to && ((line[i] | 0x20) == 'n' || (line[i] | 0x20) == 'i')) {
            return special(line, i, to, negative);
        }
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        boolean exact = true;
        int start = i;
        while (i < to && line[i] >= '0' && line[i] <= '9') {
            if (digits < 18) {
                mantissa = mantissa * 10 + (line[i] - '0');
                if (mantissa != 0) {
                    digits++;
                }
            }
            else {
                exact = false;
            }
            i++;
        }
        boolean anyDigit = i > start;
        if (i < to && line[i] == '.') {
            i++;
            int fractionStart = i;
            while (i < to && line[i] >= '0' && line[i] <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (line[i] - '0');
                    if (mantissa != 0) {
                        digits++;
                    }
                    exponent--;
                }
                else {
                    exact = false;
                }
                i++;
            }
            anyDigit |= i > fractionStart;
        }
        if (!anyDigit) {
            return 0;
        }
        if (i < to && (line[i] == 'e' || line[i] == 'E')) {
            int j = i + 1;
            boolean negativeExponent = false;
            if (j < to && (line[j] == '-' || line[j] == '+')) {
                negativeExponent = line[j] == '-';
                j++;
            }
            int exponentStart = j;
            int written = 0;
            while (j < to && line[j] >= '0' && line[j] <= '9') {
                written = Math.min(written * 10 + (line[j] - '0'), 100_000);
                j++;
            }
            if (j > exponentStart) {
                exponent += negativeExponent ? -written : written;
                i = j;
            }
        }
        numberEnd = i;
        double value;
        if (exact && mantissa < MAX_EXACT_MANTISSA && exponent >= -22 && exponent <= 22) {
            // both operands are exact doubles, so one rounding gives the correctly rounded result
            value = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        }
        else {
            value = Double.parseDouble(new String(line, from, i - from, StandardCharsets.ISO_8859_1));
            return value;
        }
        return negative ? -value : value;
    }

    private double special(final byte[] line, final int from, final int to, final boolean negative) {
        if (matches(line, from, to, "infinity")) {
            numberEnd = from + 8;
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (matches(line, from, to, "inf")) {
            numberEnd = from + 3;
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (matches(line, from, to, "nan")) {
            numberEnd = from + 3;
            return Double.NaN;
        }
        return 0;
    }

    private static boolean matches(final byte[] line, final int from, final int to, final String lowerCase) {
        if (to - from < lowerCase.length()) {
            return false;
        }
        for (int k = 0; k < lowerCase.length(); k++) {
            if ((line[from + k] | 0x20) != lowerCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
