package io.modelci.run;

import io.modelci.InputException;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes durations the way people type them, one syntax for every option and step field that takes
 * one: {@code 500ms}, {@code 1.5s}, {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d}, or a sum such as
 * {@code 1h30m}. A bare number is refused rather than guessed: Jenkins' own {@code timeout} step counts minutes
 * where most tools count seconds.
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|[dhms])");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final String EXAMPLES = "write e.g. 500ms, 90s, 30m, 2h or 1h30m";

    private Durations() {
    }

    /**
     * Parses a duration such as {@code 500ms}, {@code 1.5s}, {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d} or a
     * sum such as {@code 1h30m}.
     *
     * @param field the option or field name, for the error message
     * @throws InputException when the text is not such a duration, or is zero
     */
    public static Duration parse(final String text, final String field) {
        String value = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (BARE_NUMBER.matcher(value).matches()) {
            throw InputException.ofField(field, "'" + text + "' has no unit; write " + value + "s, " + value
                    + "m or " + value + "h");
        }
        Matcher matcher = PART.matcher(value);
        double millis = 0;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            double amount = Double.parseDouble(matcher.group(1));
            millis += amount * switch (matcher.group(2)) {
                case "d" -> 86_400_000d;
                case "h" -> 3_600_000d;
                case "m" -> 60_000d;
                case "s" -> 1000d;
                default -> 1d;
            };
            end = matcher.end();
        }
        if (value.isEmpty() || end != value.length()) {
            throw InputException.ofField(field, "'" + text + "' is not a duration; " + EXAMPLES);
        }
        if (millis <= 0) {
            throw InputException.ofField(field, "the duration must be longer than zero");
        }
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** Formats as {@code 1h02m03s} (or {@code 4.2s} under a minute), for progress lines and summaries. */
    public static String format(final Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return String.format(java.util.Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format(java.util.Locale.ROOT, "%dh%02dm%02ds", hours, minutes, rest)
                : String.format(java.util.Locale.ROOT, "%dm%02ds", minutes, rest);
    }
}
