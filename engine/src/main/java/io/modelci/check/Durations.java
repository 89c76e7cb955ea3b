package io.modelci.check;

import io.modelci.InputException;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them: {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 10m}, {@code 1h}; a bare number is seconds. */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    private Durations() {
    }

    /**
     * @param text the duration
     * @param field the option or field it came from, for the error message
     * @throws InputException when the text is not a positive duration
     */
    public static Duration parse(final String text, final String field) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw InputException.ofField(field, "'" + text + "' is not a duration; write e.g. 500ms, 30s, 2m or 1h");
        }
        double amount = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 1000;
        };
        if (millis <= 0) {
            throw InputException.ofField(field, "the duration must be positive, found '" + text + "'");
        }
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }
}
