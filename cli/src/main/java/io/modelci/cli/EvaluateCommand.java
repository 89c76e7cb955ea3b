package io.modelci.cli;

import io.modelci.InputException;
import io.modelci.eval.EvaluationJson;
import io.modelci.eval.EvaluationOptions;
import io.modelci.eval.EvaluationResult;
import io.modelci.eval.Evaluator;
import io.modelci.eval.Interval;
import io.modelci.eval.MetricNames;
import io.modelci.eval.Predictions;
import io.modelci.eval.PredictionsReader;
import io.modelci.eval.ReadOptions;
import io.modelci.eval.SliceResult;
import io.modelci.eval.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code modelci evaluate}: a predictions file to the metric suite, slices and bootstrap intervals. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compute the metric suite of a predictions file (CSV, TSV or JSON Lines), "
                + "with per-slice metrics and bootstrap confidence intervals.")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--predictions", required = true, paramLabel = "FILE",
            description = "Predictions file: CSV/TSV with a header, or JSON Lines.")
    private Path predictions;

    @Mixin
    private PredictionColumns columns;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the JSON result to this file.")
    private Path output;

    @Option(names = "--prediction-column", paramLabel = "NAME",
            description = "Column of predicted classes or values. Default: prediction (multiclass, regression); "
                    + "binary derives it from score >= threshold unless this is given.")
    private String predictionColumn;

    @Option(names = "--proba-prefix", defaultValue = "proba_", paramLabel = "PREFIX",
            description = "Multiclass: probability columns are PREFIX<class>. Default: ${DEFAULT-VALUE}.")
    private String probaPrefix;

    @Option(names = "--slice-by", split = ",", paramLabel = "COLUMN",
            description = "Columns to compute the suite per value of (comma-separated).")
    private List<String> sliceBy = new ArrayList<>();

    @Option(names = "--min-slice-size", defaultValue = "30", paramLabel = "ROWS",
            description = "Slices with fewer rows are reported as too small. Default: ${DEFAULT-VALUE}.")
    private int minSliceSize;

    @Option(names = "--bootstrap", defaultValue = "0", paramLabel = "N",
            description = "Bootstrap resamples for percentile confidence intervals; 0 for none.")
    private int bootstrap;

    @Option(names = "--confidence", defaultValue = "0.95", paramLabel = "LEVEL",
            description = "Confidence level of the intervals. Default: ${DEFAULT-VALUE}.")
    private double confidence;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
            description = "Bootstrap random seed. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
            description = "Bootstrap threads (results do not depend on it). Default: ${DEFAULT-VALUE}.")
    private int threads;

    @Option(names = "--drop-invalid",
            description = "Drop rows with a missing or NaN number (counted in a warning) instead of failing.")
    private boolean dropInvalid;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto, csv (any delimiter) or jsonl. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Override
    public Integer call() throws IOException {
        Predictions read = PredictionsReader.read(predictions, readOptions());
        EvaluationOptions options = EvaluationOptions.defaults().withBootstrap(bootstrap, confidence, seed)
                .withMinSliceSize(minSliceSize).withThreads(Math.max(1, threads));
        EvaluationResult result = Evaluator.evaluate(read, options);
        if (output != null) {
            AtomicFiles.writeString(output, EvaluationJson.write(result, true) + "\n");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(EvaluationJson.write(result, false));
        }
        else {
            printTable(out, result);
        }
        out.flush();
        return ModelCi.EXIT_OK;
    }

    private ReadOptions readOptions() {
        if (minSliceSize < 1) {
            throw InputException.ofField("--min-slice-size", "must be at least 1");
        }
        ReadOptions.Format fileFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "auto" -> ReadOptions.Format.AUTO;
            case "csv", "tsv", "delimited" -> ReadOptions.Format.DELIMITED;
            case "jsonl", "ndjson", "json-lines" -> ReadOptions.Format.JSON_LINES;
            default -> throw InputException.ofField("--format", "expected auto, csv or jsonl, got '" + format + "'");
        };
        return columns.readOptions().withPredictionColumn(predictionColumn).withProbaPrefix(probaPrefix)
                .withSliceBy(sliceBy).withDropInvalid(dropInvalid).withFormat(fileFormat);
    }

    private void printTable(final PrintWriter out, final EvaluationResult result) {
        out.printf(Locale.ROOT, "%s evaluation of %s: %d rows%n", result.task().id(), predictions, result.rows());
        result.sha256().ifPresent(sha -> out.printf("dataset sha256 %s%n", sha));
        boolean intervals = !result.intervals().isEmpty();
        out.printf(Locale.ROOT, "%n  %-22s %14s%s%n", "metric", "value",
                intervals ? String.format(Locale.ROOT, "   %s interval", percent(confidence)) : "");
        for (String name : MetricNames.of(result.task())) {
            Double value = result.metrics().get(name);
            if (value == null) {
                continue;
            }
            Interval interval = result.intervals().get(name);
            out.printf(Locale.ROOT, "  %-22s %14s%s%n", name, number(value),
                    interval == null ? "" : "   [" + number(interval.low()) + ", " + number(interval.high()) + "]");
        }
        result.confusion().ifPresent(matrix -> {
            out.printf("%n  confusion matrix (rows: label, columns: prediction)%n  %12s", "");
            matrix.labels().forEach(label -> out.printf(" %10s", label));
            out.println();
            for (int a = 0; a < matrix.labels().size(); a++) {
                out.printf("  %12s", matrix.labels().get(a));
                for (int b = 0; b < matrix.labels().size(); b++) {
                    out.printf(" %10d", matrix.count(a, b));
                }
                out.println();
            }
        });
        String headline = result.task() == Task.REGRESSION ? "rmse" : "accuracy";
        String second = switch (result.task()) {
            case BINARY -> "roc_auc";
            case MULTICLASS -> "f1_macro";
            case REGRESSION -> "mae";
        };
        for (Map.Entry<String, Map<String, SliceResult>> column : result.slices().entrySet()) {
            out.printf(Locale.ROOT, "%n  slices by %s%n", column.getKey());
            for (Map.Entry<String, SliceResult> slice : column.getValue().entrySet()) {
                SliceResult value = slice.getValue();
                out.printf(Locale.ROOT, "    %-20s %10d rows  %s%n", slice.getKey(), value.rows(), value.tooSmall()
                        ? "too small (under " + minSliceSize + " rows)"
                        : headline + " " + number(value.metrics().get(headline)) + "  " + second + " "
                        + number(value.metrics().get(second)));
            }
        }
        if (!result.warnings().isEmpty()) {
            out.printf("%nwarnings:%n");
            result.warnings().forEach(w -> out.printf("  - %s%n", w));
        }
    }

    private static String number(final Double value) {
        if (value == null) {
            return "-";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", value.longValue());
        }
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static String percent(final double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }
}
