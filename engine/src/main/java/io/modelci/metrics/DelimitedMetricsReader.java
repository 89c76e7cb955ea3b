package io.modelci.metrics;

import io.modelci.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a metric history table: a header with a {@code step} (or {@code epoch}) column and one column per metric,
 * fields separated by comma, tab or semicolon (detected from the header). An optional {@code timestamp} column
 * (milliseconds since the epoch, or an ISO-8601 instant) timestamps each row. Empty cells are skipped, since
 * loggers such as Lightning's CSV logger write train and validation metrics on different rows.
 *
 * <p>Read line by line; a malformed row stops the read with its line and column.
 */
final class DelimitedMetricsReader {
    private static final char[] DELIMITERS = {'\t', ';', ','};

    private final Path file;

    private DelimitedMetricsReader(final Path file) {
        this.file = file;
    }

    static Metrics read(final Path file) {
        Metrics.Builder builder = Metrics.builder(file.toString());
        new DelimitedMetricsReader(file).read(builder, null);
        return builder.build();
    }

    /**
     * Reads a DVCLive-style table whose single value column is named after the file; the points are added to
     * {@code builder} under {@code metricName}.
     */
    static void readInto(final Path file, final String metricName, final Metrics.Builder builder) {
        new DelimitedMetricsReader(file).read(builder, metricName);
    }

    private void read(final Metrics.Builder builder, final String singleMetricName) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            long lineNumber = 1;
            while (header != null && header.isBlank()) {
                header = reader.readLine();
                lineNumber++;
            }
            if (header == null) {
                throw InputException.ofFile(file, "file is empty; expected a header such as 'step,loss,val_acc'"
                        + " and one row per step");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            char delimiter = detectDelimiter(header, lineNumber);
            Table table = readHeader(header, delimiter, lineNumber, singleMetricName);
            boolean anyValue = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    anyValue |= readRow(line, delimiter, lineNumber, table, builder);
                }
            }
            if (!anyValue) {
                throw InputException.ofFile(file, "no numeric metric found; the table has a header but no "
                        + "numbers in its metric columns " + table.metricNames());
            }
        }
        catch (IOException e) {
            throw InputException.ofFile(file, "cannot read: " + e.getMessage());
        }
    }

    private char detectDelimiter(final String header, final long lineNumber) {
        char best = 0;
        long bestCount = 0;
        for (char candidate : DELIMITERS) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        if (best == 0) {
            throw InputException.at(file, lineNumber, 1, null, "expected a header with a 'step' or 'epoch' column"
                    + " and one column per metric, separated by comma, tab or semicolon; found '"
                    + abbreviate(header) + "'");
        }
        return best;
    }

    private Table readHeader(final String header, final char delimiter, final long lineNumber,
            final String singleMetricName) {
        List<Cell> cells = split(header, delimiter, lineNumber);
        int stepColumn = indexOf(cells, "step");
        if (stepColumn < 0) {
            stepColumn = indexOf(cells, "epoch");
        }
        if (stepColumn < 0) {
            throw InputException.at(file, lineNumber, 1, null, "expected a 'step' or 'epoch' column in the header;"
                    + " found columns " + texts(cells));
        }
        int timestampColumn = indexOf(cells, "timestamp");
        Table table = new Table(cells.size(), stepColumn, timestampColumn);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String lower = cell.text().toLowerCase(Locale.ROOT);
            if (i == stepColumn || i == timestampColumn || lower.equals("step") || lower.equals("epoch")) {
                table.names.add(null);
                continue;
            }
            String name = singleMetricName != null ? singleMetricName : cell.text();
            String problem = MetricNames.problemWith(name);
            if (problem != null) {
                throw InputException.at(file, lineNumber, cell.column(), name, "invalid " + problem);
            }
            if (!seen.add(name)) {
                throw InputException.at(file, lineNumber, cell.column(), name, singleMetricName != null
                        ? "expected one value column (timestamp, step, value), found another"
                        : "column appears twice in the header");
            }
            table.names.add(name);
        }
        if (seen.isEmpty()) {
            throw InputException.at(file, lineNumber, 1, null, "no metric column in the header, only "
                    + texts(cells));
        }
        return table;
    }

    private boolean readRow(final String line, final char delimiter, final long lineNumber, final Table table,
            final Metrics.Builder builder) {
        List<Cell> cells = split(line, delimiter, lineNumber);
        if (cells.size() != table.width) {
            throw InputException.at(file, lineNumber, 0, null, "row has " + cells.size() + " fields, the header has "
                    + table.width + " (ragged row)");
        }
        Cell stepCell = cells.get(table.stepColumn);
        long step = parseStep(stepCell, lineNumber);
        Long millis = table.timestampColumn < 0 ? null : parseTimestamp(cells.get(table.timestampColumn), lineNumber);
        boolean anyValue = false;
        for (int i = 0; i < table.width; i++) {
            String name = table.names.get(i);
            Cell cell = cells.get(i);
            if (name == null || cell.text().isEmpty()) {
                continue;
            }
            Double value = parseNumber(cell.text());
            if (value == null) {
                throw InputException.at(file, lineNumber, cell.column(), name, "expected a number, found '"
                        + abbreviate(cell.text()) + "'");
            }
            builder.point(name, new MetricPoint(step, value, millis));
            anyValue = true;
        }
        return anyValue;
    }

    private long parseStep(final Cell cell, final long lineNumber) {
        Double step = parseNumber(cell.text());
        if (step == null || !Double.isFinite(step) || step != Math.rint(step)) {
            throw InputException.at(file, lineNumber, cell.column(), "step", "expected a whole number, found '"
                    + abbreviate(cell.text()) + "'");
        }
        return step.longValue();
    }

    private Long parseTimestamp(final Cell cell, final long lineNumber) {
        String text = cell.text();
        if (text.isEmpty()) {
            return null;
        }
        Double number = parseNumber(text);
        if (number != null && Double.isFinite(number)) {
            return number.longValue();
        }
        try {
            return Instant.parse(text).toEpochMilli();
        }
        catch (DateTimeParseException e) {
            throw InputException.at(file, lineNumber, cell.column(), "timestamp", "expected milliseconds since the"
                    + " epoch or an ISO-8601 instant such as 2026-01-31T12:00:00Z, found '" + abbreviate(text) + "'");
        }
    }

    /** A decimal number, or NaN / inf / infinity in any case with an optional sign; null when not a number. */
    static Double parseNumber(final String text) {
        if (text.isEmpty()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "nan", "+nan", "-nan":
                return Double.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        char last = lower.charAt(lower.length() - 1);
        if (!(last >= '0' && last <= '9' || last == '.') || lower.startsWith("0x")) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    /** Splits a line into trimmed cells, honouring double quotes; columns are 1-based character positions. */
    private List<Cell> split(final String line, final char delimiter, final long lineNumber) {
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        int length = line.length();
        while (true) {
            int start = i;
            while (i < length && line.charAt(i) == ' ') {
                i++;
            }
            StringBuilder text = new StringBuilder();
            int column = i + 1;
            if (i < length && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= length) {
                        throw InputException.at(file, lineNumber, column, null, "quoted field is not closed;"
                                + " expected a closing '\"'");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < length && line.charAt(i) == '"') {
                            text.append('"');
                            i++;
                        }
                        else {
                            break;
                        }
                    }
                    else {
                        text.append(c);
                    }
                }
                while (i < length && line.charAt(i) != delimiter) {
                    i++;
                }
            }
            else {
                while (i < length && line.charAt(i) != delimiter) {
                    text.append(line.charAt(i++));
                }
            }
            cells.add(new Cell(text.toString().strip(), start == i ? start + 1 : column));
            if (i >= length) {
                return cells;
            }
            i++;
        }
    }

    private static int indexOf(final List<Cell> cells, final String name) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).text().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> texts(final List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }

    private static String abbreviate(final String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private record Cell(String text, int column) {
    }

    private static final class Table {
        private final int width;
        private final int stepColumn;
        private final int timestampColumn;
        private final List<String> names = new ArrayList<>();

        Table(final int width, final int stepColumn, final int timestampColumn) {
            this.width = width;
            this.stepColumn = stepColumn;
            this.timestampColumn = timestampColumn;
        }

        List<String> metricNames() {
            return names.stream().filter(java.util.Objects::nonNull).toList();
        }
    }
}
