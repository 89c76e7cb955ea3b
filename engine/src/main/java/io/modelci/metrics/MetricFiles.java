package io.modelci.metrics;

import io.modelci.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads metric files of any supported format and merges them. The format is taken from the extension
 * ({@code .json}, {@code .jsonl}/{@code .ndjson}, {@code .yaml}/{@code .yml}, {@code .toml},
 * {@code .csv}/{@code .tsv}, {@code .log}/{@code .txt}/{@code .out}) or, failing that, from the content; a directory is read as DVCLive output (it may be the {@code dvclive}
 * directory itself or one that contains it).
 *
 * <p>All files are read before anything is returned: one bad file fails the whole read, and a metric defined
 * by two files is an error naming both.
 */
public final class MetricFiles {
    /** The formats {@link #read} understands. */
    public enum Format {
        JSON, JSON_LINES, YAML, TOML, DELIMITED, DVCLIVE, LOG
    }

    private MetricFiles() {
    }

    /** Reads and merges files and DVCLive directories. */
    public static Metrics read(final Path... filesOrDirs) {
        return read(Arrays.asList(filesOrDirs), null);
    }

    /**
     * Reads and merges files and DVCLive directories.
     *
     * @param logRegex the regex for log files (see {@link LogMetricsParser}), or null for the default format
     * @throws InputException on the first bad file, or when two files define the same metric
     */
    public static Metrics read(final List<Path> filesOrDirs, final String logRegex) {
        List<Metrics> parts = new ArrayList<>(filesOrDirs.size());
        for (Path path : filesOrDirs) {
            parts.add(readOne(path, formatOf(path), logRegex));
        }
        return Metrics.merge(parts);
    }

    /** Reads one file or directory in the given format. */
    public static Metrics readOne(final Path path, final Format format, final String logRegex) {
        return switch (format) {
            case JSON -> TreeMetricsReader.read(path, TreeMetricsReader.Format.JSON);
            case JSON_LINES -> TreeMetricsReader.read(path, TreeMetricsReader.Format.JSON_LINES);
            case YAML -> TreeMetricsReader.read(path, TreeMetricsReader.Format.YAML);
            case TOML -> TreeMetricsReader.read(path, TreeMetricsReader.Format.TOML);
            case DELIMITED -> DelimitedMetricsReader.read(path);
            case DVCLIVE -> DvcLiveReader.read(Files.isDirectory(path.resolve("dvclive"))
                    && !DvcLiveReader.isDvcLive(path) ? path.resolve("dvclive") : path);
            case LOG -> LogMetricsParser.scanFile(path, logRegex);
        };
    }

    /**
     * The format of a file or directory, from its extension or else its first bytes.
     *
     * @throws InputException when the path does not exist or its format cannot be told
     */
    public static Format formatOf(final Path path) {
        if (Files.isDirectory(path)) {
            if (DvcLiveReader.isDvcLive(path) || DvcLiveReader.isDvcLive(path.resolve("dvclive"))) {
                return Format.DVCLIVE;
            }
            throw InputException.ofFile(path, "directory is not DVCLive output; expected metrics.json or "
                    + "plots/metrics/ in it (or in its dvclive/ subdirectory)");
        }
        if (!Files.isRegularFile(path)) {
            throw InputException.ofFile(path, "no such file");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "json" -> Format.JSON;
            case "jsonl", "ndjson" -> Format.JSON_LINES;
            case "yaml", "yml" -> Format.YAML;
            case "toml" -> Format.TOML;
            case "csv", "tsv" -> Format.DELIMITED;
            case "log", "txt", "out" -> Format.LOG;
            default -> sniff(path);
        };
    }

    private static Format sniff(final Path path) {
        String head;
        try (InputStream in = Files.newInputStream(path)) {
            head = new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
        }
        catch (IOException e) {
            throw InputException.ofFile(path, "cannot read: " + e.getMessage());
        }
        if (head.isEmpty()) {
            throw InputException.ofFile(path, "file is empty");
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return Format.JSON;
        }
        String firstLine = head.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if ((firstLine.contains("step") || firstLine.contains("epoch"))
                && (firstLine.contains(",") || firstLine.contains("\t") || firstLine.contains(";"))
                && !firstLine.contains("=")) {
            return Format.DELIMITED;
        }
        if (firstLine.matches("[a-z0-9_.\\-]+\\s*:.*") || firstLine.startsWith("---")) {
            return Format.YAML;
        }
        throw InputException.ofFile(path, "cannot tell the format; name the file .json, .jsonl, .yaml, .toml,"
                + " .csv, .tsv or .log");
    }
}
