package io.modelci.report;

/** Escaping of user text (metric, model and parameter names, reasons) for HTML and Markdown. */
public final class Escape {
    private Escape() {
    }

    /** Text safe in HTML element content and in quoted attribute values. */
    public static String html(final String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    // Control characters other than tab and newline have no business in a report.
                    out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /**
     * Inline Markdown text: Markdown punctuation backslash-escaped, HTML-significant characters as entities (GitHub
     * and GitLab accept inline HTML, so a raw {@code <script>} must never reach them), newlines as spaces.
     */
    public static String markdown(final String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '\n':
                case '\r':
                    out.append(' ');
                    break;
                case '\\': case '`': case '*': case '_': case '[': case ']': case '(': case ')': case '#': case '|':
                case '!': case '~': case '{': case '}':
                    out.append('\\').append(c);
                    break;
                default:
                    out.append(c < 0x20 && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** A Markdown table cell: {@link #markdown(String)}, which also escapes '|' so the cell cannot split. */
    public static String markdownCell(final String text) {
        String escaped = markdown(text);
        return escaped.isEmpty() ? " " : escaped;
    }
}
