package io.modelci.metrics;

import io.modelci.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Picks metrics out of a training process's output, line by line, in bounded memory.
 *
 * <p>The default format (see {@link LogLineScanner}) takes {@code key=value} and {@code key: value} pairs from
 * lines that carry a {@code step} or {@code epoch} marker, e.g. {@code epoch 3 loss=0.21 val_acc=0.93} or
 * {@code step=100 loss: 0.5}. A custom regex must have the named groups {@code name} and {@code value}, and may
 * have {@code step}; every match on a line is one point (e.g.
 * {@code (?<name>[a-z_]+) is (?<value>[-0-9.eE]+) at step (?<step>\d+)}). Without a {@code step} group the points
 * of a metric are numbered 0, 1, 2 ...
 *
 * <p>While a process runs, the engine calls {@link #accept(String)} for every line and {@link #snapshot()} when
 * it wants the metrics so far; both are safe to call from different threads. Each metric keeps at most
 * {@link #DEFAULT_HISTORY_CAPACITY} history points (thinned out evenly beyond that; the latest is always kept)
 * and at most {@link #DEFAULT_MAX_METRICS} metric names are tracked, so memory stays bounded for any log size.
 */
public final class LogMetricsParser {
    /** History points kept per metric. */
    public static final int DEFAULT_HISTORY_CAPACITY = 10_000;
    /** Distinct metric names tracked; points of further names are counted and dropped. */
    public static final int DEFAULT_MAX_METRICS = 1_000;

    private static final int BUFFER_SIZE = 1 << 20;

    private final String source;
    private final Pattern pattern;
    private final boolean patternHasStep;
    private final LogLineScanner scanner = new LogLineScanner();
    private final MetricNameTable table;
    private final MetricSeries[] lastSeries = new MetricSeries[LogLineScanner.MAX_PAIRS];
    private long lines;
    private long metricLines;

    private LogMetricsParser(final String source, final Pattern pattern, final int historyCapacity) {
        this.source = source;
        this.pattern = pattern;
        this.patternHasStep = pattern != null && pattern.pattern().contains("(?<step>");
        this.table = new MetricNameTable(DEFAULT_MAX_METRICS, historyCapacity);
    }

    /** A parser for the default format. */
    public static LogMetricsParser defaultFormat() {
        return new LogMetricsParser(null, null, DEFAULT_HISTORY_CAPACITY);
    }

    /**
     * A parser for the default format or a custom regex.
     *
     * @param source the log's name, used as the source of the metrics; may be null
     * @param regex a regex with the named groups {@code name} and {@code value} (and optionally {@code step}), or
     *        null for the default format
     * @throws InputException when the regex does not compile or lacks a required group
     */
    public static LogMetricsParser create(final String source, final String regex) {
        return create(source, regex, DEFAULT_HISTORY_CAPACITY);
    }

    /** As {@link #create(String, String)}, keeping at most {@code historyCapacity} points per metric. */
    public static LogMetricsParser create(final String source, final String regex, final int historyCapacity) {
        return new LogMetricsParser(source, regex == null ? null : compile(regex), historyCapacity);
    }

    /** Reads a whole log file; see {@link #scanFile(Path, String)}. */
    public static Metrics scanFile(final Path file) {
        return scanFile(file, null);
    }

    /**
     * Reads a whole log file in constant memory.
     *
     * @param regex a custom regex (see the class comment) or null for the default format
     * @throws InputException when the file cannot be read, is empty or has no metric line
     */
    public static Metrics scanFile(final Path file, final String regex) {
        LogMetricsParser parser = create(file.toString(), regex);
        try (InputStream in = Files.newInputStream(file)) {
            if (!parser.readAll(in)) {
                throw InputException.ofFile(file, "file is empty; expected log lines such as 'epoch 3 loss=0.21'");
            }
        }
        catch (IOException e) {
            throw InputException.ofFile(file, "cannot read log: " + e.getMessage());
        }
        if (parser.metricLines == 0) {
            throw InputException.ofFile(file, "no numeric metric found in " + parser.lines + " lines; expected "
                    + (regex == null ? "lines with a step or epoch marker and key=value pairs, such as "
                            + "'epoch 3 loss=0.21 val_acc=0.93'" : "lines matching --log-regex " + regex));
        }
        return parser.snapshot();
    }

    /** Takes one line of output (without or with its line break). */
    public synchronized void accept(final String line) {
        lines++;
        if (pattern != null) {
            acceptMatches(line);
        }
        else {
            byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
            acceptLine(bytes, 0, bytes.length);
        }
    }

    /** The metrics seen so far: latest values and histories. */
    public synchronized Metrics snapshot() {
        Metrics.Builder builder = Metrics.builder(source);
        for (MetricSeries series : table.all()) {
            series.addTo(builder);
        }
        return builder.build();
    }

    /** How many lines were read. */
    public synchronized long lines() {
        return lines;
    }

    /** How many lines had at least one metric. */
    public synchronized long metricLines() {
        return metricLines;
    }

    /** How many points were dropped because {@link #DEFAULT_MAX_METRICS} names were already tracked. */
    public synchronized long droppedPoints() {
        return table.refused();
    }

    /**
     * Reads a stream to its end, line by line, through one fixed buffer. A line longer than the buffer is cut
     * at the buffer's length; the remainder, up to the next line break, is skipped.
     *
     * @return whether the stream had any byte
     */
    private synchronized boolean readAll(final InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        int length = 0;
        boolean skipping = false;
        boolean any = false;
        for (int read = in.read(buffer, 0, buffer.length); read >= 0; read = in.read(buffer, length,
                buffer.length - length)) {
            any |= read > 0;
            length += read;
            int lineStart = 0;
            while (lineStart < length) {
                int lineEnd = pattern == null ? scanner.scanLine(buffer, lineStart, length)
                        : indexOfLineBreak(buffer, lineStart, length);
                if (lineEnd == length) {
                    break;
                }
                if (!skipping) {
                    lines++;
                    if (pattern == null) {
                        recordScanned(buffer);
                    }
                    else {
                        acceptMatches(new String(buffer, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8));
                    }
                }
                skipping = false;
                lineStart = lineEnd + 1;
            }
            if (lineStart == 0 && length == buffer.length) {
                if (!skipping) {
                    lines++;
                    dispatch(buffer, 0, length);
                }
                skipping = true;
                length = 0;
            }
            else {
                System.arraycopy(buffer, lineStart, buffer, 0, length - lineStart);
                length -= lineStart;
            }
        }
        if (length > 0 && !skipping) {
            lines++;
            dispatch(buffer, 0, length);
        }
        return any;
    }

    private static int indexOfLineBreak(final byte[] buffer, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return to;
    }

    private void dispatch(final byte[] buffer, final int from, final int to) {
        if (pattern == null) {
            acceptLine(buffer, from, to);
        }
        else {
            acceptMatches(new String(buffer, from, to - from, StandardCharsets.UTF_8));
        }
    }

    private void acceptLine(final byte[] line, final int from, final int to) {
        int lineStart = from;
        while (true) {
            int lineEnd = scanner.scanLine(line, lineStart, to);
            recordScanned(line);
            if (lineEnd >= to) {
                return;
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Records the pairs of the line the scanner just read, if it carried a marker. */
    private void recordScanned(final byte[] line) {
        if (!scanner.found()) {
            return;
        }
        boolean recorded = false;
        for (int k = 0; k < scanner.pairs; k++) {
            int length = scanner.keyLengths[k];
            if (length > MetricNames.MAX_LENGTH) {
                continue;
            }
            MetricSeries series = lookup(k, line, scanner.keyStarts[k], length);
            if (series != null) {
                series.add(scanner.hasWholeStep ? scanner.step : series.count(), scanner.values[k]);
                recorded = true;
            }
        }
        if (recorded) {
            metricLines++;
        }
    }

    /**
     * The series of a key; metric lines of one log usually repeat the same keys in the same order, so the series
     * the previous line had at this position is tried before the hash table.
     */
    private MetricSeries lookup(final int position, final byte[] line, final int from, final int length) {
        MetricSeries cached = lastSeries[position];
        if (cached != null && cached.matches(line, from, length)) {
            return cached;
        }
        MetricSeries series = table.get(line, from, length);
        lastSeries[position] = series;
        return series;
    }

    private void acceptMatches(final String line) {
        Matcher matcher = pattern.matcher(line);
        boolean recorded = false;
        while (matcher.find()) {
            String name = matcher.group("name");
            Double value = DelimitedMetricsReader.parseNumber(matcher.group("value").strip());
            if (name == null || value == null || !MetricNames.isValid(name)) {
                continue;
            }
            MetricSeries series = table.get(name);
            if (series == null) {
                continue;
            }
            long step = series.count();
            if (patternHasStep && matcher.group("step") != null) {
                Double written = DelimitedMetricsReader.parseNumber(matcher.group("step").strip());
                if (written != null && Double.isFinite(written)) {
                    step = written.longValue();
                }
            }
            series.add(step, value);
            recorded = true;
        }
        if (recorded) {
            metricLines++;
        }
    }

    private static Pattern compile(final String regex) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex);
        }
        catch (PatternSyntaxException e) {
            throw InputException.ofField("--log-regex", "not a valid regex: " + e.getDescription() + " near index "
                    + e.getIndex());
        }
        if (!regex.contains("(?<name>") || !regex.contains("(?<value>")) {
            throw InputException.ofField("--log-regex", "needs the named groups (?<name>...) and (?<value>...),"
                    + " and may have (?<step>...); e.g. '(?<name>\\w+)=(?<value>\\S+) at step (?<step>\\d+)'");
        }
        return compiled;
    }
}
