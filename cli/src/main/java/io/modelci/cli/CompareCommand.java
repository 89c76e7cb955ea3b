package io.modelci.cli;

import io.modelci.InputException;
import io.modelci.eval.EvaluationOptions;
import io.modelci.eval.EvaluationResult;
import io.modelci.eval.Evaluator;
import io.modelci.eval.Predictions;
import io.modelci.eval.PredictionsReader;
import io.modelci.eval.ReadOptions;
import io.modelci.gate.Check;
import io.modelci.gate.CheckResult;
import io.modelci.gate.EvaluatedPairs;
import io.modelci.gate.Gate;
import io.modelci.gate.MetricSet;
import io.modelci.gate.Outcome;
import io.modelci.gate.PairedRowsWithMetrics;
import io.modelci.gate.Policy;
import io.modelci.gate.Verdict;
import io.modelci.metrics.MetricFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code modelci compare}: the champion/challenger gate on the command line. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Decide whether a challenger may replace the champion under a policy: paired statistics when "
                + "both models scored the same rows. Exit 0 on PROMOTE or PROMOTE_FIRST; with --fail-on-reject, "
                + "exit 1 on REJECT.")
public final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PredictionColumns columns;

    @Option(names = "--challenger", required = true, paramLabel = "FILE",
            description = "The challenger's predictions (CSV/TSV with a header, or JSON Lines).")
    private Path challenger;

    @Option(names = "--champion", paramLabel = "FILE",
            description = "The champion's predictions on the same rows (matched by the id column when both files "
                    + "have one, else by position).")
    private Path champion;

    @Option(names = "--champion-metrics", paramLabel = "FILE",
            description = "Only the champion's summary metrics (the JSON of modelci evaluate --json): an unpaired "
                    + "point comparison.")
    private Path championMetrics;

    @Option(names = "--challenger-checks", paramLabel = "FILE",
            description = "Metrics of the challenger measured outside the predictions, such as the file of modelci "
                    + "check load --out (latency_p99_ms) or check golden (repeatable): a policy can hold them in any "
                    + "comparison; they are compared point by point.")
    private List<Path> challengerChecks = new ArrayList<>();

    @Option(names = "--champion-checks", paramLabel = "FILE",
            description = "The same for the champion (repeatable).")
    private List<Path> championChecks = new ArrayList<>();

    @Option(names = "--no-champion", description = "There is no champion yet: apply the policy's no_champion rule.")
    private boolean noChampion;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The promotion policy (YAML).")
    private Path policyFile;

    @Option(names = "--json", description = "Print the verdict as JSON instead of a table.")
    private boolean json;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the verdict JSON to this file.")
    private Path output;

    @Option(names = "--fail-on-reject", description = "Exit 1 when the verdict is REJECT, so a CI job can gate on it.")
    private boolean failOnReject;

    @Option(names = "--id-column", defaultValue = "id", paramLabel = "NAME",
            description = "Column that identifies rows, used when both prediction files have it. "
                    + "Default: ${DEFAULT-VALUE}.")
    private String idColumn;

    @Option(names = "--prediction-column", paramLabel = "NAME",
            description = "Column of predicted classes or values. Default: prediction (multiclass, regression); "
                    + "binary thresholds the score.")
    private String predictionColumn;

    @Override
    public Integer call() throws IOException {
        Policy policy = Policy.parse(policyFile);
        int sources = (champion != null ? 1 : 0) + (championMetrics != null ? 1 : 0) + (noChampion ? 1 : 0);
        if (sources != 1) {
            throw InputException.ofField("--champion",
                    "give exactly one of --champion FILE, --champion-metrics FILE or --no-champion");
        }
        if (noChampion && !championChecks.isEmpty()) {
            throw InputException.ofField("--champion-checks", "there is no champion to hold them (--no-champion)");
        }
        Map<String, Double> challengerExtra = checkMetrics(challengerChecks);
        Map<String, Double> championExtra = checkMetrics(championChecks);
        List<String> sliceColumns = sliceColumns(policy);
        Verdict verdict;
        if (champion != null) {
            boolean ids = hasColumn(challenger, idColumn) && hasColumn(champion, idColumn);
            Predictions challengerPredictions = PredictionsReader.read(challenger, options(sliceColumns, ids));
            Predictions championPredictions = PredictionsReader.read(champion, options(List.of(), ids));
            verdict = Gate.compare(policy, PairedRowsWithMetrics.of(
                    EvaluatedPairs.of(challengerPredictions, championPredictions), challengerExtra, championExtra));
        }
        else {
            Predictions challengerPredictions = PredictionsReader.read(challenger, options(sliceColumns, false));
            EvaluationResult evaluation = Evaluator.evaluate(challengerPredictions,
                    EvaluationOptions.defaults().withMinSliceSize(policy.minSliceSize()));
            MetricSet challengerMetrics = MetricSet.fromEvaluation(evaluation).withExtra(challengerExtra);
            verdict = championMetrics != null
                    ? Gate.compareUnpaired(policy, challengerMetrics,
                            MetricSet.read(championMetrics).withExtra(championExtra))
                    : Gate.first(policy, challengerMetrics);
        }
        if (output != null) {
            AtomicFiles.writeString(output, verdict.toJson());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(verdict.toJson());
        }
        else {
            VerdictTable.print(out, verdict);
        }
        out.flush();
        return verdict.promotes() || !failOnReject ? ModelCi.EXIT_OK : ModelCi.EXIT_REJECTED;
    }

    /** The metrics of check files, merged; a metric defined by two of them is an error naming both. */
    private static Map<String, Double> checkMetrics(final List<Path> files) {
        return files.isEmpty() ? Map.of() : MetricFiles.read(files, null).values();
    }

    private static List<String> sliceColumns(final Policy policy) {
        Set<String> columns = new LinkedHashSet<>();
        for (Check check : policy.checks()) {
            columns.addAll(check.slices());
        }
        return new ArrayList<>(columns);
    }

    private ReadOptions options(final List<String> slices, final boolean ids) {
        ReadOptions options = columns.readOptions().withPredictionColumn(predictionColumn).withSliceBy(slices);
        return ids ? options.withIdColumn(idColumn) : options;
    }

    /** Whether the file's header (or first JSON Lines object) names {@code column}. */
    static boolean hasColumn(final Path file, final String column) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                return false;
            }
            header = header.replace("\uFEFF", "").trim();
            if (header.startsWith("{")) {
                return header.contains("\"" + column + "\"");
            }
            for (String name : header.split("[,\t;|]")) {
                if (name.trim().replace("\"", "").equals(column)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The human form of a verdict: a compact table with ✓/✗ per check and the reasons. */
    static final class VerdictTable {
        private VerdictTable() {
        }

        static void print(final PrintWriter out, final Verdict verdict) {
            out.printf(Locale.ROOT, "%s: %s%n", verdict.decision(), verdict.reason());
            long rows = verdict.checks().stream().mapToLong(CheckResult::rows).max().orElse(0);
            out.printf(Locale.ROOT, "%s%s, seed %d, bootstrap %d, policy %s%n", verdict.comparison().label(),
                    rows > 0 ? " on " + rows + " rows" : "", verdict.seed(), verdict.bootstrap(),
                    verdict.policyHash().substring(0, 12));
            out.println();
            out.printf(Locale.ROOT, "    %-28s %11s %11s %11s  %-26s %9s%n", "check", "challenger", "champion",
                    "delta", "interval", "p");
            for (CheckResult check : verdict.checks()) {
                String mark = check.outcome() == Outcome.PASS ? "✓" : check.outcome() == Outcome.FAIL ? "✗" : "-";
                String interval = check.intervalLow() == null ? "" : String.format(Locale.ROOT, "[%s, %s] %s",
                        signed(check.intervalLow()), signed(check.intervalHigh()),
                        percent(check.confidence()) + (check.test().equals("bootstrap") ? "" : " " + check.test()));
                out.printf(Locale.ROOT, "  %s %-28s %11s %11s %11s  %-26s %9s%n", mark, check.label(),
                        plain(check.challenger()), plain(check.champion()),
                        check.delta() == null ? "" : signed(check.delta()), interval,
                        pValue(check, verdict.bootstrap()));
                out.printf(Locale.ROOT, "      %s%n", check.reason());
            }
        }

        /** A bootstrap p-value of 0 only says "below one in B resamples". */
        private static String pValue(final CheckResult check, final int resamples) {
            if (check.pValue() == null) {
                return "";
            }
            if (check.pValue() == 0 && check.test().equals("bootstrap") && resamples > 0) {
                return String.format(Locale.ROOT, "<%.1g", 1.0 / resamples);
            }
            return String.format(Locale.ROOT, "%.3g", check.pValue());
        }

        private static String plain(final Double value) {
            return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
        }

        private static String signed(final double value) {
            return String.format(Locale.ROOT, "%+.4f", value);
        }

        private static String percent(final double confidence) {
            return String.format(Locale.ROOT, "%.0f%%", confidence * 100);
        }
    }
}
