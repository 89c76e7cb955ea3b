package io.modelci;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Bad input from a user: a malformed file, a missing column, an invalid option value.
 *
 * <p>The message always names where the problem is (file, line, column or field) so that a person can fix it
 * without reading a stack trace. The command line maps this exception to exit code 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String field;
    private final String problem;

    /**
     * @param source the file (or other named input, such as {@code --param}) the problem is in; may be null
     * @param line 1-based line, or 0 when not applicable
     * @param column 1-based column, or 0 when not applicable
     * @param field the field or column name, or null
     * @param problem what is wrong and, where possible, what was expected
     */
    public InputException(final String source, final long line, final long column, final String field,
            final String problem) {
        this(source, line, column, field, problem, null);
    }

    public InputException(final String source, final long line, final long column, final String field,
            final String problem, final Throwable cause) {
        super(format(source, line, column, field, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    /** A problem with a whole file (empty, unreadable, no metrics). */
    public static InputException ofFile(final Path file, final String problem) {
        return new InputException(file.toString(), 0, 0, null, problem);
    }

    /** A problem at a line (and optionally column and field) of a file. */
    public static InputException at(final Path file, final long line, final long column, final String field,
            final String problem) {
        return new InputException(file.toString(), line, column, field, problem);
    }

    /** A problem with an option or setting that is not in a file. */
    public static InputException ofField(final String field, final String problem) {
        return new InputException(null, 0, 0, field, problem);
    }

    private static String format(final String source, final long line, final long column, final String field,
            final String problem) {
        StringBuilder message = new StringBuilder();
        if (source != null) {
            message.append(source);
            if (line > 0) {
                message.append(':').append(line);
                if (column > 0) {
                    message.append(':').append(column);
                }
            }
            message.append(": ");
        }
        if (field != null) {
            message.append('\'').append(field).append("': ");
        }
        return message.append(problem).toString();
    }

    public Optional<String> getSource() {
        return Optional.ofNullable(source);
    }

    public long getLine() {
        return line;
    }

    public long getColumn() {
        return column;
    }

    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }

    public String getProblem() {
        return problem;
    }
}
