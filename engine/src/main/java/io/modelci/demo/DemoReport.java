package io.modelci.demo;

import io.modelci.gate.Verdict;
import io.modelci.metrics.MetricPoint;
import io.modelci.registry.AliasEvent;
import io.modelci.registry.Evaluation;
import io.modelci.registry.ModelVersion;
import io.modelci.report.ComparisonChart;
import io.modelci.report.EvaluationSummary;
import io.modelci.report.HistoryPoint;
import io.modelci.report.LearningCurve;
import io.modelci.report.LearningCurveChart;
import io.modelci.report.Promotion;
import io.modelci.report.ReportCharts;
import io.modelci.report.ReportInput;
import io.modelci.report.ReportInputReader;
import io.modelci.report.ReportWriter;
import io.modelci.report.TrendChart;
import io.modelci.report.TrendChartData;
import io.modelci.report.TrendPoint;
import io.modelci.report.TrendSeries;
import io.modelci.report.VerdictSummary;
import io.modelci.run.TrainingRun;
import io.modelci.run.TrainingRunJson;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The story's report in {@code report/}: the holdout metrics across all versions with the promotions marked, each
 * challenger against the champion it met (values, intervals and the gate's deltas), the learning curves of every
 * training, the verdicts and the champion's audit history; as {@code report.md}, {@code report.html} and PNGs.
 * Each compared version also gets the engine's full single-model report in {@code report/v<N>/}.
 */
final class DemoReport {
    static final int WIDTH = 900;
    static final int HEIGHT = 420;
    private static final List<String> TREND_METRICS = List.of("roc_auc", "accuracy");
    /** The last few comparisons are drawn; older ones stay in their own reports. */
    private static final int MAX_COMPARISONS = 6;

    private final DemoSettings settings;

    DemoReport(final DemoSettings settings) {
        this.settings = settings;
    }

    /** Writes the report and returns the HTML file; {@code fresh} are the versions trained in this round. */
    Path write(final List<ModelVersion> versions, final List<AliasEvent> history, final int champion,
            final List<Integer> fresh) throws IOException {
        Path folder = settings.reportFolder();
        Files.createDirectories(folder);
        List<VersionRecord> records = new ArrayList<>();
        for (ModelVersion version : versions) {
            records.add(read(version, history));
        }
        List<HistoryPoint> points = records.stream().map(VersionRecord::point).toList();
        List<DemoReportPage.Figure> figures = new ArrayList<>();
        figures.add(figure(folder, "trend", "Holdout metrics across versions, promotions marked",
                TrendChart.create(trend(records, champion, history)), HEIGHT));
        List<VersionRecord> compared = records.stream().filter(r -> r.verdict != null && r.championEvaluation != null)
                .toList();
        for (VersionRecord record : compared.subList(Math.max(0, compared.size() - MAX_COMPARISONS), compared.size())) {
            ReportInput input = comparisonInput(record, points);
            String title = "v" + record.version + " vs champion v" + record.comparedWith + ": " + record.decision();
            int height = Math.min(1200, Math.max(HEIGHT, 130 + 55 * input.verdict().checks().size()));
            figures.add(figure(folder, "comparison-v" + record.version, title,
                    ComparisonChart.create(title, ReportCharts.comparisonRows(input)), height));
            if (fresh.contains(record.version) || !Files.exists(folder.resolve("v" + record.version))) {
                ReportWriter.write(input, folder.resolve("v" + record.version), WIDTH, HEIGHT);
            }
        }
        List<LearningCurve> auc = records.stream().map(r -> r.validationAuc).filter(c -> c != null).toList();
        figures.add(figure(folder, "learning-curves", "Learning curves: validation ROC AUC per epoch",
                LearningCurveChart.create("Validation ROC AUC per epoch", auc, false, "Epoch"), HEIGHT));
        List<LearningCurve> loss = records.stream().map(r -> r.validationLoss).filter(c -> c != null).toList();
        figures.add(figure(folder, "learning-curves-loss", "Learning curves: validation log loss per epoch",
                LearningCurveChart.create("Validation log loss per epoch", loss, false, "Epoch"), HEIGHT));
        DemoReportPage page = new DemoReportPage(records.stream().map(VersionRecord::row).toList(), champion,
                history, figures);
        writeText(folder.resolve("report.md"), page.markdown());
        return writeText(folder.resolve("report.html"), page.html());
    }

    private VersionRecord read(final ModelVersion version, final List<AliasEvent> history) throws IOException {
        Path run = settings.workdir().resolve(DemoProcesses.runFolder(version.version()));
        VersionRecord record = new VersionRecord(version.version());
        record.created = version.created();
        record.candidate = version.tags().getOrDefault("demo.candidate", "");
        record.options = version.tags().getOrDefault("demo.options", "");
        record.metrics = new TreeMap<>(Optional.ofNullable(version.evaluations().get(DemoStory.EVALUATION))
                .map(Evaluation::metrics).orElse(Map.of()));
        record.promoted = history.stream().anyMatch(e -> e.toVersion() != null && e.toVersion() == version.version()
                && e.kind() == AliasEvent.Kind.MOVE);
        if (Files.exists(run.resolve("evaluation.json"))) {
            record.evaluation = ReportInputReader.readEvaluation(run.resolve("evaluation.json"));
        }
        if (Files.exists(run.resolve("champion-evaluation.json"))) {
            record.championEvaluation = ReportInputReader.readEvaluation(run.resolve("champion-evaluation.json"));
        }
        if (Files.exists(run.resolve("verdict.json"))) {
            record.verdict = ReportInputReader.readVerdict(run.resolve("verdict.json"));
            record.gate = Verdict.fromJson(Files.readString(run.resolve("verdict.json")));
        }
        try (var files = Files.list(run)) {
            record.comparedWith = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("champion-v") && n.endsWith(".csv"))
                    .map(n -> Integer.valueOf(n.substring("champion-v".length(), n.length() - 4)))
                    .findFirst().orElse(null);
        }
        if (Files.exists(run.resolve("run.json"))) {
            TrainingRun training = TrainingRunJson.read(run.resolve("run.json"));
            record.learningCurves = curves(training, "loss", "val_loss", "val_auc");
            record.validationAuc = named(curves(training, "val_auc"), version.version(), record.candidate);
            record.validationLoss = named(curves(training, "val_loss"), version.version(),
                    record.candidate);
        }
        return record;
    }

    /** One version's curve in a chart of all versions: named after the version and its candidate. */
    private static LearningCurve named(final List<LearningCurve> curves, final int version, final String candidate) {
        return curves.isEmpty() ? null
                : new LearningCurve("v" + version + " " + candidate, curves.get(0).steps(), curves.get(0).values());
    }

    /** The histories the trainer wrote; their steps are the epochs, counted from 1. */
    private static List<LearningCurve> curves(final TrainingRun run, final String... names) {
        List<LearningCurve> curves = new ArrayList<>();
        for (String name : names) {
            List<MetricPoint> points = run.metrics().history(name);
            if (points.isEmpty()) {
                continue;
            }
            double[] steps = new double[points.size()];
            double[] values = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                steps[i] = points.get(i).step();
                values[i] = points.get(i).value();
            }
            curves.add(new LearningCurve(name, steps, values));
        }
        return curves;
    }

    private static TrendChartData trend(final List<VersionRecord> records, final int champion,
            final List<AliasEvent> history) {
        List<TrendSeries> series = new ArrayList<>();
        for (String metric : TREND_METRICS) {
            List<TrendPoint> points = new ArrayList<>();
            double level = Double.NaN;
            for (VersionRecord record : records) {
                Double value = record.metrics.get(metric);
                points.add(value == null ? TrendPoint.gap(record.version) : new TrendPoint(record.version, value));
                if (record.version == champion && value != null) {
                    level = value;
                }
            }
            series.add(new TrendSeries(metric, points, level));
        }
        List<Promotion> promotions = new ArrayList<>();
        for (AliasEvent event : history) {
            if (event.toVersion() != null) {
                promotions.add(new Promotion(event.toVersion(), "v" + event.toVersion()));
            }
        }
        return new TrendChartData("Holdout metrics across versions (◆ = promoted to champion)",
                TrendChartData.XAxis.VERSION, series, promotions);
    }

    private ReportInput comparisonInput(final VersionRecord record, final List<HistoryPoint> points) {
        List<HistoryPoint> upTo = points.stream().filter(p -> p.build() <= record.version).toList();
        SortedMap<String, String> lineage = new TreeMap<>();
        lineage.put("candidate", record.candidate);
        lineage.put("trainer options", record.options);
        lineage.put("champion", "v" + record.comparedWith);
        return new ReportInput("churn v" + record.version + " vs champion v" + record.comparedWith,
                record.evaluation, record.championEvaluation, record.verdict, upTo, record.learningCurves, lineage);
    }

    private static DemoReportPage.Figure figure(final Path folder, final String id, final String title,
            final JFreeChart chart, final int height) throws IOException {
        DemoReportPage.Figure figure = new DemoReportPage.Figure(id, title, chart, WIDTH, height);
        Files.write(folder.resolve(id + ".png"), figure.png());
        return figure;
    }

    private static Path writeText(final Path file, final String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        return Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Everything the report knows about one version, read from the registry and its run folder. */
    private static final class VersionRecord {
        final int version;
        java.time.Instant created;
        String candidate;
        String options;
        SortedMap<String, Double> metrics = new TreeMap<>();
        boolean promoted;
        EvaluationSummary evaluation;
        EvaluationSummary championEvaluation;
        VerdictSummary verdict;
        Verdict gate;
        Integer comparedWith;
        List<LearningCurve> learningCurves = List.of();
        LearningCurve validationAuc;
        LearningCurve validationLoss;

        VersionRecord(final int version) {
            this.version = version;
        }

        String decision() {
            return gate == null ? "-" : gate.decision().name();
        }

        HistoryPoint point() {
            return new HistoryPoint(version, (long) version, created, metrics, promoted);
        }

        DemoReportPage.Row row() {
            Double auc = metrics.get("roc_auc");
            double low = evaluation == null ? Double.NaN : evaluation.interval("roc_auc").low();
            double high = evaluation == null ? Double.NaN : evaluation.interval("roc_auc").high();
            return new DemoReportPage.Row(version, candidate, options, auc == null ? Double.NaN : auc, low, high,
                    comparedWith, gate, promoted, evaluation != null && comparedWith != null);
        }
    }
}
