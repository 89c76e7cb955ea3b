package io.modelci.metrics;

/**
 * The rule for metric names: letters, digits and {@code _ . : / -}, between 1 and {@value #MAX_LENGTH} characters.
 *
 * <p>The rule keeps names safe as file names, URL path segments, database keys and chart labels.
 */
public final class MetricNames {
    /** The longest name accepted. */
    public static final int MAX_LENGTH = 200;

    private MetricNames() {
    }

    /** Whether {@code c} may appear in a metric name. */
    public static boolean isNameChar(final int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '_' || c == '.' || c == ':' || c == '/' || c == '-';
    }

    /** Whether {@code name} is a valid metric name. */
    public static boolean isValid(final String name) {
        return problemWith(name) == null;
    }

    /**
     * What is wrong with a name, or null when it is valid.
     *
     * @param name the candidate name
     * @return a sentence for an error message, or null
     */
    public static String problemWith(final String name) {
        if (name == null || name.isEmpty()) {
            return "metric name is empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "metric name is " + name.length() + " characters long, at most " + MAX_LENGTH + " are allowed";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isNameChar(c)) {
                return "metric name contains '" + c + "' at position " + (i + 1)
                        + "; expected letters, digits and _ . : / -";
            }
        }
        return null;
    }
}
