package io.modelci.run;

import io.modelci.InputException;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes durations the way people type them: {@code 90s}, {@code 30m}, {@code 2h}, {@code 1h30m}. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

    private Durations() {
    }

    /**
     * Parses a duration such as {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d} or a sum such as {@code 1h30m}.
     *
     * @param field the option or field name, for the error message
     * @throws InputException when the text is not such a duration
     */
    public static Duration parse(final String text, final String field) {
        String value = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher matcher = PART.matcher(value);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            long amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (matcher.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            });
            end = matcher.end();
        }
        if (value.isEmpty() || end != value.length()) {
            throw InputException.ofField(field, "'" + text + "' is not a duration; write e.g. 90s, 30m, 2h or 1h30m");
        }
        if (total.isZero()) {
            throw InputException.ofField(field, "the duration must be longer than zero");
        }
        return total;
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
