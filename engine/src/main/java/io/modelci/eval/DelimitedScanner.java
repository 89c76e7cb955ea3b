package io.modelci.eval;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a CSV or TSV byte stream into rows of fields without decoding them: quoted fields (with {@code ""}
 * escapes, delimiters and line breaks inside), CRLF or LF line ends, and a UTF-8 byte order mark are handled.
 * Blank lines are skipped. Fields are handed over as byte ranges, valid only during the callback.
 */
final class DelimitedScanner {
    /** Receives each complete row. */
    interface RowSink {
        /**
         * @param row the fields of the row, valid only during the call
         * @param line the 1-based line the row starts on
         */
        void row(Row row, long line);
    }

    /** The fields of one row, as byte ranges. */
    static final class Row {
        private byte[][] arrays = new byte[16][];
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private boolean[] escaped = new boolean[16];
        private int count;
        private byte[] scratch = new byte[64];
        private int scratchUsed;
        private boolean anyEscaped;

        int size() {
            return count;
        }

        byte[] bytes(final int field) {
            return arrays[field];
        }

        int start(final int field) {
            return starts[field];
        }

        int end(final int field) {
            return ends[field];
        }

        boolean isEmpty(final int field) {
            return ends[field] == starts[field];
        }

        /** Replaces the fields by whole byte arrays (one per field; JSON Lines rows). */
        void setAll(final byte[][] fields, final int size) {
            clear();
            for (int f = 0; f < size; f++) {
                add(fields[f], 0, fields[f].length, false);
            }
        }

        private void clear() {
            count = 0;
            anyEscaped = false;
            scratchUsed = 0;
        }

        private void add(final byte[] buffer, final int start, final int end, final boolean hasEscapes) {
            if (count == starts.length) {
                int size = count * 2;
                arrays = java.util.Arrays.copyOf(arrays, size);
                starts = java.util.Arrays.copyOf(starts, size);
                ends = java.util.Arrays.copyOf(ends, size);
                escaped = java.util.Arrays.copyOf(escaped, size);
            }
            arrays[count] = buffer;
            starts[count] = start;
            ends[count] = end;
            escaped[count] = hasEscapes;
            anyEscaped |= hasEscapes;
            count++;
        }

        /** Replaces doubled quotes by single ones, once the row is known to be complete. */
        private void unescape() {
            if (!anyEscaped) {
                return;
            }
            for (int f = 0; f < count; f++) {
                if (!escaped[f]) {
                    continue;
                }
                byte[] source = arrays[f];
                int length = ends[f] - starts[f];
                if (scratchUsed + length > scratch.length) {
                    byte[] bigger = new byte[Math.max(scratch.length * 2, scratchUsed + length)];
                    System.arraycopy(scratch, 0, bigger, 0, scratchUsed);
                    // earlier fields of this row that point into the old scratch keep their (unchanged) bytes
                    scratch = bigger;
                }
                int out = scratchUsed;
                for (int i = starts[f]; i < ends[f]; i++) {
                    scratch[out++] = source[i];
                    if (source[i] == '"') {
                        i++;
                    }
                }
                arrays[f] = scratch;
                starts[f] = scratchUsed;
                ends[f] = out;
                scratchUsed = out;
            }
        }
    }

    private static final int INITIAL_BUFFER = 1 << 22;

    private final InputStream input;
    private byte delimiter = ',';
    private byte[] buffer = new byte[INITIAL_BUFFER];
    private int length;
    private int position;
    private boolean endOfInput;
    private long line = 1;
    private final Row row = new Row();

    DelimitedScanner(final InputStream input) {
        this.input = input;
    }

    byte delimiter() {
        return delimiter;
    }

    void setDelimiter(final byte delimiter) {
        this.delimiter = delimiter;
    }

    /** Reads up to the first byte of data, skipping a UTF-8 byte order mark. */
    void skipByteOrderMark() throws IOException {
        fill();
        while (length < 3 && !endOfInput) {
            fill();
        }
        if (length >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
    }

    /** The bytes read so far but not yet scanned (for delimiter detection). */
    byte[] peek(final int max) throws IOException {
        while (length - position < max && !endOfInput) {
            fill();
        }
        return java.util.Arrays.copyOfRange(buffer, position, Math.min(length, position + max));
    }

    /**
     * Scans rows until the input ends or {@code limit} rows were delivered.
     *
     * @return the number of rows delivered
     */
    long scan(final RowSink sink, final long limit) throws IOException {
        long delivered = 0;
        while (delivered < limit) {
            int end = completeLinesEnd();
            if (end < 0) {
                return delivered;
            }
            while (delivered < limit) {
                long rowLine = line;
                int next = scanRow(end);
                if (next < 0) {
                    // a quoted field runs past the data read so far: read more and scan the row again
                    line = rowLine;
                    needMore();
                    break;
                }
                position = next;
                if (rowIsBlank && row.count == 1) {
                    if (position >= end) {
                        break;
                    }
                    continue;
                }
                row.unescape();
                sink.row(row, rowLine);
                delivered++;
                if (position >= end) {
                    break;
                }
            }
        }
        return delivered;
    }

    private boolean rowIsBlank;
    private boolean sawQuotedField;

    /** Whether any field began with a quote (so a line break may have been inside a field). */
    boolean sawQuotedField() {
        return sawQuotedField;
    }

    /** The line the next row starts on. */
    long line() {
        return line;
    }

    /** Scans one row from {@link #position}; returns where the next row starts, or -1 when incomplete. */
    private int scanRow(final int end) {
        row.clear();
        rowIsBlank = true;
        byte[] b = buffer;
        int p = position;
        while (true) {
            if (p >= end) {
                if (!endOfInput) {
                    return -1;
                }
                row.add(b, p, p, false);
                return p;
            }
            int start;
            int stop;
            boolean escapes = false;
            if (b[p] == '"') {
                rowIsBlank = false;
                sawQuotedField = true;
                p++;
                start = p;
                while (true) {
                    if (p >= end) {
                        return -1;
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 < end && b[p + 1] == '"') {
                            escapes = true;
                            p += 2;
                            continue;
                        }
                        if (p + 1 >= end && !endOfInput) {
                            return -1;
                        }
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    p++;
                }
                stop = p;
                p++;
                // anything between the closing quote and the delimiter is kept out, as most readers do
                while (p < end && b[p] != delimiter && b[p] != '\n' && b[p] != '\r') {
                    p++;
                }
            }
            else {
                start = p;
                byte d = delimiter;
                byte c;
                while (p < end && (c = b[p]) != d && c != '\n' && c != '\r') {
                    p++;
                }
                stop = p;
                if (stop > start) {
                    rowIsBlank = false;
                }
            }
            row.add(b, start, stop, escapes);
            if (p >= end) {
                if (!endOfInput) {
                    return -1;
                }
                return p;
            }
            byte c = b[p];
            if (c == delimiter) {
                rowIsBlank = false;
                p++;
                continue;
            }
            if (c == '\r') {
                p++;
                if (p < end && b[p] == '\n') {
                    p++;
                }
            }
            else {
                p++;
            }
            line++;
            return p;
        }
    }

    /** The end of the last complete line in the buffer (reading more as needed), or -1 at the end of input. */
    private int completeLinesEnd() throws IOException {
        while (true) {
            if (position >= length && endOfInput) {
                return -1;
            }
            if (endOfInput) {
                return length;
            }
            for (int i = length - 1; i >= position; i--) {
                if (buffer[i] == '\n') {
                    return i + 1;
                }
            }
            needMore();
        }
    }

    private void needMore() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, length - position);
            length -= position;
            position = 0;
        }
        if (length == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        }
        fill();
    }

    private void fill() throws IOException {
        if (endOfInput) {
            return;
        }
        int read = input.read(buffer, length, buffer.length - length);
        if (read < 0) {
            endOfInput = true;
        }
        else {
            length += read;
        }
    }
}
