package io.modelci.report;

import io.modelci.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small CSV/TSV reader for history and learning-curve files: header row, quoted fields, BOM, CRLF. */
final class DelimitedText {
    private final Path file;
    private final List<String> header;
    private final List<List<String>> rows;

    private DelimitedText(final Path file, final List<String> header, final List<List<String>> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    static DelimitedText read(final Path file) {
        List<String> lines;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = reader.lines().toList();
        }
        catch (NoSuchFileException e) {
            throw InputException.ofFile(file, "no such file");
        }
        catch (IOException | java.io.UncheckedIOException e) {
            throw InputException.ofFile(file, "cannot read: " + e.getMessage());
        }
        if (lines.isEmpty() || lines.get(0).replace("\uFEFF", "").isBlank()) {
            throw InputException.ofFile(file, "empty file, expected a header row");
        }
        String first = lines.get(0).replace("\uFEFF", "");
        char delimiter = first.indexOf('\t') >= 0 ? '\t' : first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';'
                : ',';
        List<String> header = split(first, delimiter);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = split(lines.get(i), delimiter);
            if (row.size() != header.size()) {
                throw InputException.at(file, i + 1, 0, null, row.size() + " fields but the header has "
                        + header.size());
            }
            row.add(String.valueOf(i + 1));
            rows.add(row);
        }
        return new DelimitedText(file, header, rows);
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }

    /** The 1-based line number of a row. */
    static long line(final List<String> row) {
        return Long.parseLong(row.get(row.size() - 1));
    }

    /** A cell as a number; blank, "NA", "null" and "nan" are NaN (a gap). */
    double number(final List<String> row, final int column) {
        String cell = row.get(column).trim();
        if (cell.isEmpty() || cell.equalsIgnoreCase("na") || cell.equalsIgnoreCase("null")
                || cell.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        }
        catch (NumberFormatException e) {
            throw InputException.at(file, line(row), column + 1, header.get(column),
                    "expected a number, found \"" + cell + "\"");
        }
    }

    private static List<String> split(final String line, final char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == delimiter) {
                fields.add(field.toString().trim());
                field.setLength(0);
            }
            else if (c != '\r') {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
