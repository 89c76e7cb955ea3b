package io.modelci.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Chooses and builds the charts a report shows from its input: the comparison, trends, learning curves, the
 * confusion matrix, ROC/PR curves and slices — each only when there is data for it.
 */
public final class ReportCharts {
    /** Counts are shown in tables and the confusion matrix, never drawn as metrics. */
    private static final Set<String> COUNTS = Set.of("tp", "fp", "tn", "fn");
    private static final List<String> PREFERRED = List.of("roc_auc", "f1", "f1_macro", "accuracy", "r2", "rmse",
            "mae");
    private static final int MAX_TREND_METRICS = 6;

    private ReportCharts() {
    }

    /** The charts for a report, in reading order; {@code width} x {@code height} is the size of a wide chart. */
    public static List<ReportChart> build(final ReportInput input, final int width, final int height) {
        List<ReportChart> charts = new ArrayList<>();
        int square = Math.min(width, (int) Math.round(height * 1.15));
        List<ComparisonRow> rows = comparisonRows(input);
        if (!rows.isEmpty()) {
            int rowsHeight = Math.max(height, 130 + 55 * rows.size());
            charts.add(new ReportChart("comparison", "Challenger vs champion",
                    ComparisonChart.create("Challenger vs champion", rows), width, Math.min(rowsHeight, 1600)));
        }
        for (TrendChartData trend : trends(input)) {
            String id = trend.series().size() == 1 ? "trend-" + fileSafe(trend.series().get(0).name()) : "trend";
            charts.add(new ReportChart(id, trend.title(), TrendChart.create(trend), width, height));
        }
        if (!input.learningCurves().isEmpty()) {
            boolean log = wantsLogScale(input.learningCurves());
            charts.add(new ReportChart("learning-curves", "Learning curves",
                    LearningCurveChart.create(log ? "Learning curves (log scale)" : "Learning curves",
                            input.learningCurves(), log, "Step"), width, height));
        }
        input.evaluation().confusion().ifPresent(matrix -> {
            charts.add(new ReportChart("confusion-matrix", "Confusion matrix",
                    ConfusionMatrixChart.create("Confusion matrix", matrix, false), square, height));
            charts.add(new ReportChart("confusion-matrix-normalised", "Confusion matrix (row-normalised)",
                    ConfusionMatrixChart.create("Confusion matrix (row-normalised)", matrix, true), square, height));
        });
        List<Curve> rocs = curves(input, EvaluationSummary::roc);
        if (!rocs.isEmpty()) {
            charts.add(new ReportChart("roc", "ROC curve", CurveChart.roc("ROC curve", rocs), square, height));
        }
        List<Curve> prs = curves(input, EvaluationSummary::precisionRecall);
        if (!prs.isEmpty()) {
            charts.add(new ReportChart("precision-recall", "Precision-recall curve",
                    CurveChart.precisionRecall("Precision-recall curve", prs, Double.NaN), square, height));
        }
        Set<String> ids = new LinkedHashSet<>();
        charts.forEach(c -> ids.add(c.id()));
        for (Map.Entry<String, SortedMap<String, SliceSummary>> column : input.evaluation().slices().entrySet()) {
            sliceChart(input, column.getKey(), column.getValue(), width, ids).ifPresent(charts::add);
        }
        return charts;
    }

    /** The rows of the comparison chart: the verdict's checks, or the metrics both evaluations share. */
    public static List<ComparisonRow> comparisonRows(final ReportInput input) {
        EvaluationSummary challenger = input.evaluation();
        Optional<EvaluationSummary> champion = input.champion();
        List<ComparisonRow> rows = new ArrayList<>();
        if (input.verdict() != null && !input.verdict().checks().isEmpty()) {
            for (CheckResult check : input.verdict().checks()) {
                // The verdict's values are what was decided on (a NaN there is why a check failed): never
                // replaced by the evaluations' values; only the intervals of the values come from those.
                boolean whole = check.slice() == null;
                double c = check.challenger();
                double p = check.champion();
                Interval ci = whole ? challenger.interval(check.metric()) : Interval.NONE;
                Interval pi = whole ? champion.map(e -> e.interval(check.metric())).orElse(Interval.NONE)
                        : Interval.NONE;
                double delta = Double.isFinite(check.delta()) ? check.delta() : c - p;
                rows.add(new ComparisonRow(check.label(), c, ci.low(), ci.high(), p, pi.low(), pi.high(), delta,
                        check.interval().low(), check.interval().high(), CheckOutcome.of(check.passed())));
            }
            return rows;
        }
        if (champion.isEmpty()) {
            return rows;
        }
        List<String> common = challenger.metrics().keySet().stream()
                .filter(m -> champion.get().metrics().containsKey(m) && !COUNTS.contains(m)).toList();
        List<String> shown = sameScale(common, m -> new double[] {challenger.metric(m), champion.get().metric(m)});
        for (String metric : shown) {
            Interval ci = challenger.interval(metric);
            Interval pi = champion.get().interval(metric);
            double c = challenger.metric(metric);
            double p = champion.get().metric(metric);
            rows.add(new ComparisonRow(metric, c, ci.low(), ci.high(), p, pi.low(), pi.high(), c - p, Double.NaN,
                    Double.NaN, CheckOutcome.NOT_CHECKED));
        }
        return rows;
    }

    /** Trend charts from the history: 0..1 scores together, any other metric (a loss, an error) on its own. */
    public static List<TrendChartData> trends(final ReportInput input) {
        if (input.history().isEmpty()) {
            return List.of();
        }
        Set<String> available = new LinkedHashSet<>();
        input.history().forEach(p -> available.addAll(p.metrics().keySet()));
        available.removeAll(COUNTS);
        List<String> metrics = new ArrayList<>();
        if (input.verdict() != null) {
            input.verdict().checks().stream().map(CheckResult::metric).filter(available::contains).distinct()
                    .forEach(metrics::add);
        }
        if (metrics.isEmpty()) {
            PREFERRED.stream().filter(available::contains).forEach(metrics::add);
            available.stream().filter(m -> !metrics.contains(m)).forEach(metrics::add);
        }
        List<String> chosen = metrics.subList(0, Math.min(metrics.size(), MAX_TREND_METRICS));
        List<Promotion> promotions = new ArrayList<>();
        for (HistoryPoint point : input.history()) {
            if (point.promoted()) {
                promotions.add(new Promotion(point.build(), point.version() != null ? "v" + point.version()
                        : "#" + point.build()));
            }
        }
        List<TrendSeries> unit = new ArrayList<>();
        List<TrendChartData> charts = new ArrayList<>();
        for (String metric : chosen) {
            TrendSeries series = series(input, metric);
            // Scores on a 0..1 scale share a chart; losses and errors, whose scale and direction differ, get their own.
            if (higherIsBetter(metric) && series.points().stream()
                    .allMatch(p -> Double.isNaN(p.value()) || (p.value() >= 0 && p.value() <= 1))) {
                unit.add(series);
            }
            else {
                charts.add(new TrendChartData(metric + " across builds", TrendChartData.XAxis.BUILD,
                        List.of(series), promotions));
            }
        }
        if (!unit.isEmpty()) {
            charts.add(0, new TrendChartData(unit.size() == 1 ? unit.get(0).name() + " across builds"
                    : "Metrics across builds", TrendChartData.XAxis.BUILD, unit, promotions));
        }
        return charts;
    }

    private static TrendSeries series(final ReportInput input, final String metric) {
        List<TrendPoint> points = new ArrayList<>(input.history().size());
        double level = Double.NaN;
        for (HistoryPoint point : input.history()) {
            Double value = point.metrics().get(metric);
            points.add(value == null ? TrendPoint.gap(point.build()) : new TrendPoint(point.build(), value));
            if (point.promoted() && value != null) {
                level = value;
            }
        }
        // The champion evaluated on today's data is the fairest level; else its value when it was promoted.
        double current = input.champion().map(e -> e.metric(metric)).orElse(Double.NaN);
        return new TrendSeries(metric, points, Double.isFinite(current) ? current : level);
    }

    private static Optional<ReportChart> sliceChart(final ReportInput input, final String column,
            final SortedMap<String, SliceSummary> values, final int width, final Set<String> ids) {
        String metric = sliceMetric(input, values);
        if (metric == null) {
            return Optional.empty();
        }
        List<SliceValue> slices = new ArrayList<>();
        values.forEach((value, slice) -> slices.add(new SliceValue(value, slice.metric(metric), slice.rows())));
        double threshold = Double.NaN;
        String label = null;
        boolean higher = higherIsBetter(metric);
        CheckResult check = input.verdict() == null ? null : input.verdict().checks().stream()
                .filter(c -> c.metric().equals(metric) && c.slice() == null).findFirst().orElse(null);
        if (check != null) {
            higher = check.higherIsBetter();
            if (Double.isFinite(check.threshold())) {
                threshold = check.threshold();
                label = higher ? "min_value" : "max_value";
            }
        }
        if (Double.isNaN(threshold)) {
            threshold = input.champion().map(e -> e.metric(metric)).orElse(Double.NaN);
            label = "champion";
        }
        String id = fileSafe("slices-" + column);
        for (int n = 2; !ids.add(id); n++) {
            id = fileSafe("slices-" + column) + "-" + n;
        }
        String title = metric + " by " + column;
        int height = Math.min(1600, Math.max(260, 120 + 38 * slices.size()));
        return Optional.of(new ReportChart(id, title, SliceChart.create(title, metric, slices, threshold, label,
                higher), width, height));
    }

    /** The metric to draw per slice: the first checked one the slices have, else a usual headline metric. */
    static String sliceMetric(final ReportInput input, final SortedMap<String, SliceSummary> values) {
        Set<String> present = new LinkedHashSet<>();
        values.values().forEach(s -> present.addAll(s.metrics().keySet()));
        present.removeAll(COUNTS);
        if (input.verdict() != null) {
            for (CheckResult check : input.verdict().checks()) {
                if (present.contains(check.metric())) {
                    return check.metric();
                }
            }
        }
        return PREFERRED.stream().filter(present::contains).findFirst()
                .orElse(present.isEmpty() ? null : present.iterator().next());
    }

    /** Whether a larger value of a built-in metric is better; losses and errors are the exceptions. */
    public static boolean higherIsBetter(final String metric) {
        String m = metric.toLowerCase(Locale.ROOT);
        return !(m.contains("loss") || m.contains("error") || m.equals("mae") || m.equals("mse") || m.equals("rmse")
                || m.equals("mape") || m.contains("brier") || m.contains("latency") || m.equals("fp")
                || m.equals("fn"));
    }

    private static List<String> sameScale(final List<String> metrics,
            final java.util.function.Function<String, double[]> values) {
        List<String> unit = metrics.stream().filter(m -> {
            for (double v : values.apply(m)) {
                if (!(v >= 0 && v <= 1)) {
                    return false;
                }
            }
            return true;
        }).toList();
        return unit.isEmpty() ? metrics : unit;
    }

    private static boolean wantsLogScale(final List<LearningCurve> curves) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (LearningCurve curve : curves) {
            for (double v : curve.values()) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                else if (v <= 0) {
                    return false;
                }
            }
        }
        return max / min >= 100;
    }

    /** Letters, digits, '-', '_' and '.' only, so the id is a file name on every system. */
    static String fileSafe(final String text) {
        String safe = text.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    private static List<Curve> curves(final ReportInput input,
            final java.util.function.Function<EvaluationSummary, Curve> curve) {
        List<Curve> curves = new ArrayList<>();
        Curve challenger = curve.apply(input.evaluation());
        if (challenger == null) {
            return curves;
        }
        curves.add(new Curve("challenger", challenger.x(), challenger.y(), challenger.area()));
        input.champion().map(curve).ifPresent(c -> curves.add(new Curve("champion", c.x(), c.y(), c.area())));
        return curves;
    }
}
