package io.modelci.report;

/** Escaping of user text (metric, model and parameter names, reasons) for HTML and Markdown. */
public final class Escape {
    private Escape() {
    }

    /** Text safe in HTML element content and in quoted attribute values. */
    public static String html(final String text) {
        return escape(text, Escape::htmlOther);
    }

    /**
     * Inline Markdown text: Markdown punctuation backslash-escaped, HTML-significant characters as entities (GitHub
     * and GitLab accept inline HTML, so a raw {@code <script>} must never reach them), newlines as spaces.
     */
    public static String markdown(final String text) {
        return escape(text, Escape::markdownOther);
    }

    /** How one flavour writes a character that is not '&', '<' or '>'. */
    private interface OtherCharacter {
        void append(StringBuilder out, char c);
    }

    /** Both flavours write '&', '<' and '>' as entities and leave the other characters to {@code other}. */
    private static String escape(final String text, final OtherCharacter other) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> other.append(out, c);
            }
        }
        return out.toString();
    }

    private static void htmlOther(final StringBuilder out, final char c) {
        switch (c) {
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            // Control characters other than tab and newline have no business in a report.
            default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
        }
    }

    private static void markdownOther(final StringBuilder out, final char c) {
        switch (c) {
            case '\n', '\r' -> out.append(' ');
            case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '!', '~', '{', '}' -> out.append('\\').append(c);
            default -> out.append(c < 0x20 && c != '\t' ? '\uFFFD' : c);
        }
    }

    /** A Markdown table cell: {@link #markdown(String)}, which also escapes '|' so the cell cannot split. */
    public static String markdownCell(final String text) {
        String escaped = markdown(text);
        return escaped.isEmpty() ? " " : escaped;
    }
}
