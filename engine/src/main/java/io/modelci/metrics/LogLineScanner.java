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
 * white space, punctuation or the end of the line ({@code key:value} without a space is not a pair, so that
 * {@code train.py:88} and {@code cuda:0} are not taken for metrics). A quote right after the key is allowed, so
 * Python dict reprs ({@code {'loss': 0.5, 'epoch': 1.0}}) work too.
 *
 * <p>Not thread-safe; one scanner per parser. Results of the last scan are read from its fields.
 */
final class LogLineScanner {
    /** The most pairs taken from one line; the rest of a longer line is ignored. */
    static final int MAX_PAIRS = 256;

    private static final byte NAME = 1;
    private static final byte NAME_START = 2;
    private static final byte END = 4;
    private static final byte NUMBER_START = 8;
    private static final byte HIT = 16;
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
        for (char c : "=:pPhH\n".toCharArray()) {
            CLASSES[c] |= HIT;
        }
        for (char c : "0123456789-+.nNiI".toCharArray()) {
            CLASSES[c] |= NUMBER_START;
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
    /** Where the last parsed number ended, or -1; set by {@link #parseNumber}. */
    private int numberEnd;

    /**
     * Scans {@code line[from, to)}, which holds one line.
     *
     * @return whether the line carried a marker and at least one pair
     */
    boolean scan(final byte[] line, final int from, final int to) {
        scanLine(line, from, to);
        return found();
    }

    /** Whether the last scanned line carried a marker and at least one pair. */
    boolean found() {
        return hasMarker && pairs > 0;
    }

    /**
     * Scans the line that starts at {@code from} and ends at the first line break before {@code to}; finding the
     * line's end in the same pass saves a second walk over every byte.
     *
     * @return the index of the line break, or {@code to} when there is none before it
     */
    int scanLine(final byte[] line, final int from, final int to) {
        hasMarker = false;
        hasWholeStep = false;
        markerIsStep = false;
        pairs = 0;
        // Only separators ('=' ':'), the last letters of the markers ('p' of step, 'h' of epoch) and the line break
        // matter; the loop skips every other byte with one predictable branch and works back from a hit to the
        // key, which is cheaper than cutting every line into words.
        for (int i = from; i < to; i++) {
            byte c = line[i];
            if ((CLASSES[c & 0xFF] & HIT) == 0) {
                continue;
            }
            if (c == '\n') {
                return i;
            }
            if (c == '=' || c == ':') {
                i = separator(line, from, i, to) - 1;
            }
            else if (i + 1 == to || (CLASSES[line[i + 1] & 0xFF] & NAME) == 0) {
                i = markerEndingAt(line, from, i, to) - 1;
            }
        }
        return to;
    }

    /** Handles the separator at {@code at}; returns where scanning goes on. */
    private int separator(final byte[] line, final int from, final int at, final int to) {
        int keyEnd = at;
        while (keyEnd > from && line[keyEnd - 1] == ' ') {
            keyEnd--;
        }
        if (keyEnd > from && (line[keyEnd - 1] == '\'' || line[keyEnd - 1] == '"')) {
            keyEnd--;
        }
        int keyStart = keyEnd;
        while (keyStart > from && (CLASSES[line[keyStart - 1] & 0xFF] & NAME) != 0) {
            keyStart--;
        }
        // a key starts with a letter or '_': a time (12:30:01) or a path is never one
        if (keyStart == keyEnd || (CLASSES[line[keyStart] & 0xFF] & NAME_START) == 0) {
            return at + 1;
        }
        int keyLength = keyEnd - keyStart;
        if (isMarker(line, keyStart, keyLength)) {
            return Math.max(at + 1, marker(line, keyEnd, to, keyLength == 4));
        }
        int valueStart = valueStart(line, at, to);
        if (valueStart < 0 || pairs == MAX_PAIRS) {
            return at + 1;
        }
        double value = parseNumber(line, valueStart, to);
        if (numberEnd > 0 && (numberEnd == to || (CLASSES[line[numberEnd] & 0xFF] & END) != 0)) {
            keyStarts[pairs] = keyStart;
            keyLengths[pairs] = keyLength;
            values[pairs] = value;
            pairs++;
            return numberEnd;
        }
        return at + 1;
    }

    /** Handles a word that may be {@code step} or {@code epoch} ending at {@code last}. */
    private int markerEndingAt(final byte[] line, final int from, final int last, final int to) {
        int length = (line[last] | 0x20) == 'p' ? 4 : 5;
        int start = last - length + 1;
        if (start < from || start > from && (CLASSES[line[start - 1] & 0xFF] & NAME) != 0
                || !isMarker(line, start, length)) {
            return last + 1;
        }
        return Math.max(last + 1, marker(line, last + 1, to, length == 4));
    }

    /** Where the value after the separator at {@code at} begins ({@code key=v}, {@code key: v}), or -1. */
    private static int valueStart(final byte[] line, final int at, final int to) {
        if (at + 1 >= to) {
            return -1;
        }
        // "key: value" needs the space, so that "train.py:88" or "cuda:0" is not a metric
        if (line[at] == ':' && line[at + 1] != ' ' && line[at + 1] != '\t') {
            return -1;
        }
        int j = skipSpaces(line, at + 1, to);
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
        return (CLASSES[c & 0xFF] & NUMBER_START) != 0;
    }

    /**
     * Parses a number at {@code line[from..]}; sets {@link #numberEnd} to the index after it, or to -1 when there
     * is none. Kept small so that the JIT inlines it: plain decimals such as {@code 0.2134} take this path, anything
     * else (exponents, nan, inf, long mantissas) the general one.
     */
    double parseNumber(final byte[] line, final int from, final int to) {
        int i = from;
        long mantissa = 0;
        int d;
        while (i < to && ((d = line[i] - '0') | (9 - d)) >= 0) {
            mantissa = mantissa * 10 + d;
            i++;
        }
        int integerDigits = i - from;
        int fractionDigits = 0;
        if (i < to && line[i] == '.') {
            int fractionStart = ++i;
            while (i < to && ((d = line[i] - '0') | (9 - d)) >= 0) {
                mantissa = mantissa * 10 + d;
                i++;
            }
            fractionDigits = i - fractionStart;
        }
        int digits = integerDigits + fractionDigits;
        if (digits == 0 || digits > 15 || fractionDigits > 22 || i < to && (line[i] | 0x20) == 'e') {
            return parseGeneral(line, from, to);
        }
        numberEnd = i;
        // at most 15 digits: the mantissa and the power of ten are exact doubles, so one rounding is exact
        return mantissa / POWERS_OF_TEN[fractionDigits];
    }

    /** Any number: signs, exponents, nan and inf, long mantissas. */
    private double parseGeneral(final byte[] line, final int from, final int to) {
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
        // digits beyond 18 could overflow the long; such numbers take the JDK's slow path below
        long mantissa = 0;
        int start = i;
        int d;
        while (i < to && ((d = line[i] - '0') | (9 - d)) >= 0) {
            mantissa = mantissa * 10 + d;
            i++;
        }
        int digits = i - start;
        int exponent = 0;
        if (i < to && line[i] == '.') {
            int fractionStart = ++i;
            while (i < to && ((d = line[i] - '0') | (9 - d)) >= 0) {
                mantissa = mantissa * 10 + d;
                i++;
            }
            exponent = fractionStart - i;
            digits -= exponent;
        }
        if (digits == 0) {
            return 0;
        }
        boolean exact = digits <= 18;
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
