package io.modelci.demo;

import io.modelci.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A comma-separated table held in memory: a header and rows of strings.
 *
 * <p>Meant for the example data sets (thousands of rows), not for big files. Double quotes around a value are
 * understood ({@code "a,b"}, {@code "say ""hi"""}), quoted line breaks are not. Values are taken as
 * written, spaces included.
 */
public final class CsvTable {
    private final String source;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private final List<String[]> rows;

    private CsvTable(final String source, final List<String> header, final List<String[]> rows) {
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = rows;
        this.columnIndex = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (columnIndex.putIfAbsent(header.get(i), i) != null) {
                throw new InputException(source, 1, i + 1, header.get(i), "duplicate column name");
            }
        }
    }

    /** Reads a whole CSV file; every row must have as many values as the header. */
    public static CsvTable read(final Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = reader.readLine();
            if (headerLine == null || headerLine.isBlank()) {
                throw InputException.ofFile(file, "the file is empty; expected a header line");
            }
            List<String> header = parseLine(stripBom(headerLine));
            List<String[]> rows = new ArrayList<>();
            String line;
            long lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> values = parseLine(line);
                if (values.size() != header.size()) {
                    throw InputException.at(file, lineNumber, 0, null,
                            "has " + values.size() + " values but the header has " + header.size() + " columns");
                }
                rows.add(values.toArray(new String[0]));
            }
            return new CsvTable(file.toString(), header, rows);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A table built in memory, for tests and for data that arrives by other means. */
    public static CsvTable of(final String source, final List<String> header, final List<String[]> rows) {
        return new CsvTable(source, header, new ArrayList<>(rows));
    }

    private static String stripBom(final String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    static List<String> parseLine(final String line) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    value.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
            }
            else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }

    public String getSource() {
        return source;
    }

    public List<String> getHeader() {
        return header;
    }

    public int rowCount() {
        return rows.size();
    }

    /** The row's values in header order; do not modify. */
    public String[] row(final int index) {
        return rows.get(index);
    }

    public Optional<Integer> indexOf(final String column) {
        return Optional.ofNullable(columnIndex.get(column));
    }

    /** The index of a column that must exist; the message names the option that asked for it. */
    public int requireColumn(final String column, final String option) {
        Integer index = columnIndex.get(column);
        if (index == null) {
            throw new InputException(source, 1, 0, option,
                    "no column '" + column + "' in the header " + header);
        }
        return index;
    }
}
