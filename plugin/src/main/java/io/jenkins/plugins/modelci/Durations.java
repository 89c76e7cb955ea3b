package io.jenkins.plugins.modelci;

import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Parses step timeouts such as {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d}; free of Jenkins types. */
@Restricted(NoExternalUse.class)
public final class Durations {
    private Durations() {
    }

    /**
     * @param text a positive number followed by s, m, h or d; {@code null} or blank means no limit
     * @return milliseconds, or 0 for no limit
     * @throws IllegalArgumentException naming the bad value
     */
    public static long parseMillis(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit;
        switch (t.charAt(t.length() - 1)) {
            case 's' -> unit = 1_000L;
            case 'm' -> unit = 60_000L;
            case 'h' -> unit = 3_600_000L;
            case 'd' -> unit = 86_400_000L;
            default -> throw new IllegalArgumentException(
                    "timeout '" + text + "': expected a number and a unit s, m, h or d, e.g. '2h'");
        }
        try {
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            if (n <= 0) {
                throw new IllegalArgumentException("timeout '" + text + "': must be positive");
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(
                    "timeout '" + text + "': expected a number and a unit s, m, h or d, e.g. '2h'", e);
        }
    }
}
