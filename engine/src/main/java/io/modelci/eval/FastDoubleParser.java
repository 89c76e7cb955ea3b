package io.modelci.eval;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from bytes, giving exactly what {@link Double#parseDouble(String)} gives.
 *
 * <p>Plain decimals with at most 15 significant digits and a decimal exponent within ±22 are converted with one
 * correctly rounded IEEE operation (Clinger's fast path: both operands are exact doubles). Everything else
 * (longer mantissas, big exponents, hexadecimal, "Infinity", suffixes, surrounding blanks) goes to
 * {@code Double.parseDouble}, so the result is always identical to it.
 */
final class FastDoubleParser {
    private static final double[] POWERS_OF_TEN = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final int MAX_FAST_DIGITS = 15;

    private FastDoubleParser() {
    }

    /**
     * The double in {@code bytes[start, end)}.
     *
     * @throws NumberFormatException when the text is not a number
     */
    static double parse(final byte[] bytes, final int start, final int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significantDigits = 0;
        int exponent = 0;
        boolean anyDigit = false;
        int digit;
        while (i < end && (digit = bytes[i] - '0') >= 0 && digit <= 9) {
            if (mantissa != 0 || digit != 0) {
                significantDigits++;
            }
            mantissa = mantissa * 10 + digit;
            anyDigit = true;
            i++;
            if (significantDigits > MAX_FAST_DIGITS) {
                return slow(bytes, start, end);
            }
        }
        if (i < end && bytes[i] == '.') {
            i++;
            while (i < end && (digit = bytes[i] - '0') >= 0 && digit <= 9) {
                if (mantissa != 0 || digit != 0) {
                    significantDigits++;
                }
                mantissa = mantissa * 10 + digit;
                exponent--;
                anyDigit = true;
                i++;
                if (significantDigits > MAX_FAST_DIGITS) {
                    return slow(bytes, start, end);
                }
            }
        }
        if (!anyDigit) {
            return slow(bytes, start, end);
        }
        if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
                negativeExponent = bytes[i] == '-';
                i++;
            }
            int written = 0;
            int digits = 0;
            while (i < end && (digit = bytes[i] - '0') >= 0 && digit <= 9) {
                if (digits++ > 6) {
                    return slow(bytes, start, end);
                }
                written = written * 10 + digit;
                i++;
            }
            if (digits == 0) {
                return slow(bytes, start, end);
            }
            exponent += negativeExponent ? -written : written;
        }
        if (i != end) {
            return slow(bytes, start, end);
        }
        double value;
        if (mantissa == 0) {
            value = 0.0;
        }
        else if (exponent == 0) {
            value = mantissa;
        }
        else if (exponent > 0 && exponent <= 22) {
            value = mantissa * POWERS_OF_TEN[exponent];
        }
        else if (exponent < 0 && exponent >= -22) {
            value = mantissa / POWERS_OF_TEN[-exponent];
        }
        else {
            return slow(bytes, start, end);
        }
        return negative ? -value : value;
    }

    private static double slow(final byte[] bytes, final int start, final int end) {
        return Double.parseDouble(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
    }
}
