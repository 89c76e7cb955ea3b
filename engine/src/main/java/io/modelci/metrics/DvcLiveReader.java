package io.modelci.metrics;

import io.modelci.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a DVCLive directory: {@code metrics.json} (the latest values, nested by '/'), the histories under
 * {@code plots/metrics/**}{@code /*.tsv} (columns timestamp, step and the value; the metric's name is the path
 * below {@code plots/metrics} without {@code .tsv}, e.g. {@code train/loss}) and {@code params.yaml}, whose
 * values all become params.
 */
final class DvcLiveReader {
    private static final TreeMetricsReader.Options SUMMARY = new TreeMetricsReader.Options('/', false,
            Set.of("step"), false);
    /** DVC names nested params with '.', as in {@code dvc params diff}. */
    private static final TreeMetricsReader.Options PARAMS = new TreeMetricsReader.Options('.', true, Set.of(),
            false);

    private DvcLiveReader() {
    }

    /** Whether a directory is laid out as DVCLive writes it. */
    static boolean isDvcLive(final Path dir) {
        return Files.isRegularFile(dir.resolve("metrics.json")) || Files.isDirectory(dir.resolve("plots/metrics"));
    }

    static Metrics read(final Path dir) {
        Metrics.Builder builder = Metrics.builder(dir.toString());
        Path summaryFile = dir.resolve("metrics.json");
        if (Files.isRegularFile(summaryFile)) {
            Metrics summary = TreeMetricsReader.read(summaryFile, TreeMetricsReader.Format.JSON, SUMMARY);
            summary.values().forEach(builder::value);
            summary.histories().forEach(builder::history);
            summary.params().forEach(builder::param);
        }
        Path plots = dir.resolve("plots/metrics");
        if (Files.isDirectory(plots)) {
            for (Path table : tables(plots)) {
                String relative = plots.relativize(table).toString().replace(table.getFileSystem().getSeparator(),
                        "/");
                String name = relative.substring(0, relative.length() - ".tsv".length());
                DelimitedMetricsReader.readInto(table, name, builder);
            }
        }
        Path paramsFile = dir.resolve("params.yaml");
        if (Files.isRegularFile(paramsFile) && sizeOf(paramsFile) > 0) {
            TreeMetricsReader.read(paramsFile, TreeMetricsReader.Format.YAML, PARAMS).params()
                    .forEach(builder::param);
        }
        if (!builder.hasMetrics()) {
            throw InputException.ofFile(dir, "no numeric metric found in this DVCLive directory; expected"
                    + " metrics.json or plots/metrics/<name>.tsv files");
        }
        return builder.build();
    }

    private static List<Path> tables(final Path plots) {
        try (Stream<Path> files = Files.walk(plots)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".tsv"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        catch (IOException e) {
            throw InputException.ofFile(plots, "cannot list DVCLive plots: " + e.getMessage());
        }
    }

    private static long sizeOf(final Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException e) {
            throw InputException.ofFile(file, "cannot read: " + e.getMessage());
        }
    }
}
