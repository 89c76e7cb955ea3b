package io.modelci.cli;

import io.modelci.metrics.MetricFiles;
import io.modelci.metrics.MetricPoint;
import io.modelci.metrics.Metrics;
import io.modelci.metrics.MetricsJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code modelci metrics}: reads metric files, merges them and prints the result. */
@Command(name = "metrics",
        mixinStandardHelpOptions = true,
        description = {
            "Reads metric files and prints the merged metrics and histories.",
            "Formats: JSON, YAML, TOML (nested keys joined with '.'), CSV/TSV/semicolon tables with a step or "
                    + "epoch column, DVCLive directories, and training logs (.log, .txt or --log).",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the metrics were read",
            "2:a file is missing or malformed, or two files define the same metric",
            "3:an internal error",
        })
public final class MetricsCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Metric files or DVCLive directories; the format is taken from the extension or content.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--log", paramLabel = "FILE",
            description = "A training log to read metric lines from, whatever its extension (repeatable).")
    private List<Path> logs = new ArrayList<>();

    @Option(names = "--log-regex", paramLabel = "REGEX",
            description = "Regex for metric lines in logs, with the named groups 'name' and 'value' and optionally "
                    + "'step', e.g. '(?<name>\\w+)=(?<value>\\S+) @ (?<step>\\d+)'. "
                    + "Default: key=value and key: value pairs on lines with a step or epoch marker.")
    private String logRegex;

    @Option(names = "--json", description = "Print JSON for machines instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        if (files.isEmpty() && logs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing metric files: give at least one FILE or --log FILE");
        }
        List<Metrics> parts = new ArrayList<>();
        if (!files.isEmpty()) {
            parts.add(MetricFiles.read(files, logRegex));
        }
        for (Path log : logs) {
            parts.add(MetricFiles.readOne(log, MetricFiles.Format.LOG, logRegex));
        }
        Metrics metrics = Metrics.merge(parts);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(MetricsJson.write(metrics));
        }
        else {
            printTable(metrics, out);
        }
        out.flush();
        return ModelCi.EXIT_OK;
    }

    private static void printTable(final Metrics metrics, final PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"METRIC", "VALUE", "POINTS", "LAST STEP"});
        for (Map.Entry<String, Double> entry : metrics.values().entrySet()) {
            List<MetricPoint> history = metrics.history(entry.getKey());
            rows.add(new String[] {
                entry.getKey(),
                format(entry.getValue()),
                history.isEmpty() ? "-" : Integer.toString(history.size()),
                history.isEmpty() ? "-" : Long.toString(history.get(history.size() - 1).step()),
            });
        }
        printAligned(rows, out);
        if (!metrics.params().isEmpty()) {
            out.println();
            List<String[]> params = new ArrayList<>();
            params.add(new String[] {"PARAM", "VALUE"});
            metrics.params().forEach((name, value) -> params.add(new String[] {name, value}));
            printAligned(params, out);
        }
        if (metrics.hasNonFinite()) {
            out.println();
            out.println("warning: non-finite values (NaN or infinite) in: " + String.join(", ", metrics.nonFinite()));
        }
    }

    private static void printAligned(final List<String[]> rows, final PrintWriter out) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(row[c]);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - row[c].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** A value as people read it: plain decimals where that is short, the shortest exact form otherwise. */
    static String format(final double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }
        double magnitude = Math.abs(value);
        if (value == 0 || magnitude >= 1e-6 && magnitude < 1e15) {
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }
}
