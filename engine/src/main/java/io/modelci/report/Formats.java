package io.modelci.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting shared by charts and reports: compact, locale-independent, never "NaN". */
public final class Formats {
    private Formats() {
    }

    /** Four significant digits for small values, grouped integers for counts, "–" for a missing value. */
    public static String number(final double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        double abs = Math.abs(value);
        if (abs >= 1e6 || abs < 1e-4) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4));
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A signed delta: "+0.0071", "-0.012". */
    public static String signed(final double value) {
        String text = number(value);
        return value > 0 ? "+" + text : text;
    }

    /** "low..high" or "–" when either end is missing. */
    public static String interval(final double low, final double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "–";
        }
        return number(low) + " .. " + number(high);
    }
}
