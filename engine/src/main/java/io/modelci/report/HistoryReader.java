package io.modelci.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelci.InputException;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a metric history (JSON or CSV/TSV) and learning curves (CSV/TSV or JSON).
 *
 * <p>History JSON: {@code {"points": [{"build": 12, "version": 3, "date": "2026-11-20T10:00:00Z",
 * "metrics": {"roc_auc": 0.91}, "promoted": true}]}}. History CSV: a header with {@code build} and optionally
 * {@code version}, {@code date}, {@code promoted}; every other column is a metric; a blank cell is a gap.
 */
public final class HistoryReader {
    private static final List<String> HISTORY_COLUMNS = List.of("build", "version", "date", "promoted");
    private static final List<String> STEP_COLUMNS = List.of("step", "epoch", "iteration", "iter");

    private HistoryReader() {
    }

    /** A history file; .csv, .tsv and .txt are read as delimited text, anything else as JSON. */
    public static List<HistoryPoint> readHistory(final Path file) {
        List<HistoryPoint> points = isDelimited(file) ? historyFromText(file) : historyFromJson(file);
        List<HistoryPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingLong(HistoryPoint::build));
        return sorted;
    }

    /**
     * Learning curves: CSV/TSV with an optional {@code step}/{@code epoch} column and one column per series
     * (DVCLive-style {@code step,loss,val_loss}), or JSON {@code {"loss": [..], "val_loss": [..]}} or
     * {@code {"loss": {"steps": [..], "values": [..]}}}.
     */
    public static List<LearningCurve> readLearningCurves(final Path file) {
        return isDelimited(file) ? curvesFromText(file) : curvesFromJson(file);
    }

    private static boolean isDelimited(final Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    private static List<HistoryPoint> historyFromJson(final Path file) {
        JsonInput in = new JsonInput(file);
        JsonNode root = in.readObject();
        JsonNode points = in.array(JsonInput.field(root, "points", "builds"), "points");
        if (points == null) {
            throw in.problem("points", "missing: a history is {\"points\": [{\"build\": 1, \"metrics\": {..}}]}");
        }
        List<HistoryPoint> history = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String path = "points[" + i + "]";
            JsonNode point = in.object(points.get(i), path);
            double build = in.number(JsonInput.field(point, "build", "number"), path + ".build");
            double version = in.number(JsonInput.field(point, "version"), path + ".version");
            if (!Double.isFinite(build)) {
                if (!Double.isFinite(version)) {
                    throw in.problem(path + ".build", "missing: each point needs a build (or version) number");
                }
                build = version;
            }
            SortedMap<String, Double> metrics = new TreeMap<>();
            JsonNode metricsNode = in.object(point.get("metrics"), path + ".metrics");
            if (metricsNode != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = metricsNode.properties().iterator(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    double value = in.number(e.getValue(), path + ".metrics." + e.getKey());
                    if (Double.isFinite(value)) {
                        metrics.put(e.getKey(), value);
                    }
                }
            }
            String date = JsonInput.text(point.get("date"));
            Boolean promoted = in.bool(point.get("promoted"), path + ".promoted");
            history.add(new HistoryPoint((long) build, Double.isFinite(version) ? (long) version : null,
                    date(date, () -> in.problem(path + ".date", "expected an ISO date, found \"" + date + "\"")),
                    metrics, Boolean.TRUE.equals(promoted)));
        }
        return history;
    }

    private static List<HistoryPoint> historyFromText(final Path file) {
        DelimitedText text = DelimitedText.read(file);
        List<String> header = text.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        int build = header.indexOf("build");
        if (build < 0) {
            throw InputException.at(file, 1, 0, "build", "missing: the header needs a 'build' column");
        }
        int version = header.indexOf("version");
        int date = header.indexOf("date");
        int promoted = header.indexOf("promoted");
        List<HistoryPoint> history = new ArrayList<>();
        for (List<String> row : text.rows()) {
            double number = text.number(row, build);
            if (!Double.isFinite(number)) {
                throw InputException.at(file, DelimitedText.line(row), build + 1, "build", "missing build number");
            }
            SortedMap<String, Double> metrics = new TreeMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (!HISTORY_COLUMNS.contains(header.get(c))) {
                    double value = text.number(row, c);
                    if (Double.isFinite(value)) {
                        metrics.put(text.header().get(c), value);
                    }
                }
            }
            double v = version < 0 ? Double.NaN : text.number(row, version);
            String when = date < 0 ? null : row.get(date);
            int dateColumn = date + 1;
            history.add(new HistoryPoint((long) number, Double.isFinite(v) ? (long) v : null,
                    date(when, () -> InputException.at(file, DelimitedText.line(row), dateColumn, "date",
                            "expected an ISO date, found \"" + when + "\"")),
                    metrics, promoted >= 0 && isTrue(row.get(promoted))));
        }
        return history;
    }

    private static boolean isTrue(final String cell) {
        String value = cell.trim().toLowerCase(Locale.ROOT);
        return value.equals("true") || value.equals("1") || value.equals("yes") || value.equals("y");
    }

    private static Instant date(final String text, final java.util.function.Supplier<InputException> problem) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        }
        catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            catch (DateTimeParseException again) {
                throw problem.get();
            }
        }
    }

    private static List<LearningCurve> curvesFromText(final Path file) {
        DelimitedText text = DelimitedText.read(file);
        int step = -1;
        for (int c = 0; c < text.header().size() && step < 0; c++) {
            if (STEP_COLUMNS.contains(text.header().get(c).toLowerCase(Locale.ROOT))) {
                step = c;
            }
        }
        int n = text.rows().size();
        List<LearningCurve> curves = new ArrayList<>();
        for (int c = 0; c < text.header().size(); c++) {
            if (c == step || text.header().get(c).equalsIgnoreCase("timestamp")) {
                continue;
            }
            double[] steps = new double[n];
            double[] values = new double[n];
            for (int r = 0; r < n; r++) {
                steps[r] = step < 0 ? r : text.number(text.rows().get(r), step);
                values[r] = text.number(text.rows().get(r), c);
            }
            curves.add(new LearningCurve(text.header().get(c), steps, values));
        }
        return curves;
    }

    private static List<LearningCurve> curvesFromJson(final Path file) {
        JsonInput in = new JsonInput(file);
        JsonNode root = in.readObject();
        List<LearningCurve> curves = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode node = e.getValue();
            if (node.isArray()) {
                curves.add(LearningCurve.of(e.getKey(), ReportInputReader.numbers(in, node, e.getKey())));
            }
            else if (node.isObject()) {
                double[] values = ReportInputReader.numbers(in, in.array(node.get("values"), e.getKey() + ".values"),
                        e.getKey() + ".values");
                JsonNode stepsNode = in.array(JsonInput.field(node, "steps", "step", "epochs"), e.getKey() + ".steps");
                double[] steps = stepsNode == null ? LearningCurve.of("", values).steps()
                        : ReportInputReader.numbers(in, stepsNode, e.getKey() + ".steps");
                if (steps.length != values.length) {
                    throw in.problem(e.getKey(), steps.length + " steps but " + values.length + " values");
                }
                curves.add(new LearningCurve(e.getKey(), steps, values));
            }
            else {
                throw in.problem(e.getKey(), "expected an array of values or {\"steps\": [..], \"values\": [..]}");
            }
        }
        return curves;
    }
}
