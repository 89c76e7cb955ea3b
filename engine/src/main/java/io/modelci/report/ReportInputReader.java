package io.modelci.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelci.InputException;
import io.modelci.eval.ConfusionMatrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the JSON that {@code modelci evaluate --json} and {@code modelci compare --json} write, and a lineage
 * object, into the report's own model. Unknown fields are ignored, so the report keeps working as those formats
 * grow.
 */
public final class ReportInputReader {
    private ReportInputReader() {
    }

    /**
     * An evaluation: {@code {"task", "rows", "metrics": {name: value}, "intervals": {name: {"low", "high"}},
     * "slices": {column: {value: {"rows", "metrics"}}}, "warnings": [..]}}, plus optionally
     * {@code "confusion_matrix": {"labels": [..], "counts": [[..]]}} and
     * {@code "curves": {"roc": {"fpr": [..], "tpr": [..]}, "pr": {"recall": [..], "precision": [..]}}}.
     */
    public static EvaluationSummary readEvaluation(final Path file) {
        JsonInput in = new JsonInput(file);
        JsonNode root = in.readObject();
        JsonNode metricsNode = in.object(root.get("metrics"), "metrics");
        if (metricsNode == null) {
            throw in.problem("metrics", "missing: an evaluation needs a \"metrics\" object");
        }
        SortedMap<String, Double> metrics = metrics(in, metricsNode, "metrics");
        SortedMap<String, Interval> intervals = new TreeMap<>();
        JsonNode intervalsNode = in.object(root.get("intervals"), "intervals");
        if (intervalsNode != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = intervalsNode.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                intervals.put(e.getKey(), in.interval(e.getValue(), "intervals." + e.getKey()));
            }
        }
        SortedMap<String, SortedMap<String, SliceSummary>> slices = new TreeMap<>();
        JsonNode slicesNode = in.object(root.get("slices"), "slices");
        if (slicesNode != null) {
            for (Iterator<Map.Entry<String, JsonNode>> cols = slicesNode.properties().iterator(); cols.hasNext();) {
                Map.Entry<String, JsonNode> column = cols.next();
                String path = "slices." + column.getKey();
                SortedMap<String, SliceSummary> values = new TreeMap<>();
                JsonNode valuesNode = in.object(column.getValue(), path);
                for (Iterator<Map.Entry<String, JsonNode>> it = valuesNode.properties().iterator(); it.hasNext();) {
                    Map.Entry<String, JsonNode> value = it.next();
                    String slicePath = path + "." + value.getKey();
                    JsonNode slice = in.object(value.getValue(), slicePath);
                    double rows = in.number(JsonInput.field(slice, "rows", "count", "n"), slicePath + ".rows");
                    JsonNode sliceMetrics = in.object(JsonInput.field(slice, "metrics"), slicePath + ".metrics");
                    values.put(value.getKey(), new SliceSummary(Double.isFinite(rows) ? (long) rows : -1,
                            sliceMetrics == null ? null : metrics(in, sliceMetrics, slicePath + ".metrics")));
                }
                slices.put(column.getKey(), values);
            }
        }
        List<String> warnings = new ArrayList<>();
        JsonNode warningsNode = in.array(root.get("warnings"), "warnings");
        if (warningsNode != null) {
            warningsNode.forEach(w -> warnings.add(JsonInput.text(w)));
        }
        double rows = in.number(root.get("rows"), "rows");
        JsonNode curves = in.object(root.get("curves"), "curves");
        return new EvaluationSummary(JsonInput.text(root.get("task")), Double.isFinite(rows) ? (long) rows : 0,
                metrics, intervals, slices, warnings, confusion(in, root),
                curve(in, JsonInput.field(curves, "roc"), "curves.roc", "fpr", "tpr", metrics.get("roc_auc")),
                curve(in, JsonInput.field(curves, "pr", "precision_recall"), "curves.pr", "recall", "precision",
                        metrics.get("average_precision")));
    }

    /**
     * A gate's verdict: {@code {"decision": "PROMOTE"|"REJECT"|"PROMOTE_FIRST", "unpaired": bool, "checks": [{
     * "metric", "challenger", "champion", "delta", "interval": {"low", "high"}, "p_value", "passed", "reason"}]}}.
     * camelCase spellings and a few synonyms are accepted.
     */
    public static VerdictSummary readVerdict(final Path file) {
        JsonInput in = new JsonInput(file);
        JsonNode root = in.readObject();
        String decision = JsonInput.text(JsonInput.field(root, "decision", "verdict", "outcome"));
        if (decision == null) {
            throw in.problem("decision", "missing: a verdict needs \"decision\" (PROMOTE, REJECT or PROMOTE_FIRST)");
        }
        Boolean unpaired = in.bool(JsonInput.field(root, "unpaired"), "unpaired");
        Boolean paired = in.bool(JsonInput.field(root, "paired"), "paired");
        boolean isUnpaired = unpaired != null ? unpaired : paired != null && !paired;
        List<CheckResult> checks = new ArrayList<>();
        JsonNode checksNode = in.array(root.get("checks"), "checks");
        if (checksNode != null) {
            for (int i = 0; i < checksNode.size(); i++) {
                JsonNode check = in.object(checksNode.get(i), "checks[" + i + "]");
                checks.add(check(in, check, "checks[" + i + "]"));
                isUnpaired |= Boolean.TRUE.equals(in.bool(JsonInput.field(check, "unpaired"),
                        "checks[" + i + "].unpaired"));
            }
        }
        return new VerdictSummary(decision, checks, isUnpaired);
    }

    /** Any JSON object, flattened to dotted keys ({@code data.fingerprint}) with text values, sorted. */
    public static SortedMap<String, String> readLineage(final Path file) {
        JsonInput in = new JsonInput(file);
        SortedMap<String, String> flat = new TreeMap<>();
        flatten("", in.readObject(), flat);
        return flat;
    }

    private static void flatten(final String prefix, final JsonNode node, final SortedMap<String, String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), into));
        }
        else if (node.isArray() && node.size() > 0 && node.get(0).isContainerNode()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), into);
            }
        }
        else {
            into.put(prefix, node.isValueNode() ? node.asText() : node.toString());
        }
    }

    private static CheckResult check(final JsonInput in, final JsonNode check, final String path) {
        String metric = JsonInput.text(JsonInput.field(check, "metric", "name"));
        if (metric == null) {
            throw in.problem(path + ".metric", "missing");
        }
        Boolean passed = in.bool(JsonInput.field(check, "passed", "pass", "ok", "status"), path + ".passed");
        if (passed == null) {
            throw in.problem(path + ".passed", "missing: every check says whether it passed");
        }
        double challenger = in.number(JsonInput.field(check, "challenger", "challenger_value", "challengerValue"),
                path + ".challenger");
        double champion = in.number(JsonInput.field(check, "champion", "champion_value", "championValue"),
                path + ".champion");
        double delta = in.number(JsonInput.field(check, "delta", "difference"), path + ".delta");
        if (Double.isNaN(delta)) {
            delta = challenger - champion;
        }
        Interval interval = in.interval(JsonInput.field(check, "interval", "delta_interval", "deltaInterval", "ci"),
                path + ".interval");
        double pValue = in.number(JsonInput.field(check, "p_value", "pValue", "p-value", "p"), path + ".p_value");
        double threshold = in.number(JsonInput.field(check, "min_value", "minValue", "max_value", "maxValue",
                "threshold"), path + ".threshold");
        String direction = JsonInput.text(JsonInput.field(check, "direction"));
        boolean higher = direction == null ? !(check.has("max_value") || check.has("maxValue"))
                : !direction.trim().toLowerCase(Locale.ROOT).startsWith("lower");
        return new CheckResult(metric, JsonInput.text(JsonInput.field(check, "slice")), challenger, champion, delta, interval, pValue, passed,
                JsonInput.text(JsonInput.field(check, "reason", "message", "explanation")), threshold, higher);
    }

    private static SortedMap<String, Double> metrics(final JsonInput in, final JsonNode node, final String path) {
        SortedMap<String, Double> metrics = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                continue;
            }
            if (e.getValue().isContainerNode()) {
                // A matrix or a per-class breakdown: not a scalar metric, not drawn as one.
                continue;
            }
            metrics.put(e.getKey(), in.number(e.getValue(), path + "." + e.getKey()));
        }
        return metrics;
    }

    private static ConfusionMatrix confusion(final JsonInput in, final JsonNode root) {
        JsonNode node = JsonInput.field(root, "confusion_matrix", "confusionMatrix");
        if (node == null) {
            node = JsonInput.field(root.get("metrics"), "confusion_matrix", "confusionMatrix");
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode labels = in.array(JsonInput.field(node, "labels", "classes"), "confusion_matrix.labels");
        JsonNode rows = in.array(JsonInput.field(node, "counts", "matrix"), "confusion_matrix.counts");
        if (labels == null || rows == null) {
            throw in.problem("confusion_matrix", "needs \"labels\" and \"counts\"");
        }
        List<String> names = new ArrayList<>();
        labels.forEach(l -> names.add(JsonInput.text(l)));
        long[][] counts = new long[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = in.array(rows.get(r), "confusion_matrix.counts[" + r + "]");
            counts[r] = new long[row.size()];
            for (int c = 0; c < row.size(); c++) {
                counts[r][c] = (long) in.number(row.get(c), "confusion_matrix.counts[" + r + "][" + c + "]");
            }
        }
        if (names.isEmpty()) {
            return new ConfusionMatrix(names, new long[0][]);
        }
        boolean square = counts.length == names.size();
        for (long[] row : counts) {
            square &= row.length == names.size();
        }
        if (!square) {
            throw in.problem("confusion_matrix", "a confusion matrix over " + names.size() + " labels needs "
                    + names.size() + "x" + names.size() + " counts");
        }
        return new ConfusionMatrix(names, counts);
    }

    private static Curve curve(final JsonInput in, final JsonNode node, final String path, final String xName,
            final String yName, final Double area) {
        if (node == null) {
            return null;
        }
        double[] x = numbers(in, in.array(JsonInput.field(node, xName, "x"), path + "." + xName), path + "." + xName);
        double[] y = numbers(in, in.array(JsonInput.field(node, yName, "y"), path + "." + yName), path + "." + yName);
        if (x.length != y.length) {
            throw in.problem(path, x.length + " " + xName + " values but " + y.length + " " + yName + " values");
        }
        return new Curve("challenger", x, y, area == null ? Double.NaN : area);
    }

    static double[] numbers(final JsonInput in, final JsonNode array, final String path) {
        if (array == null) {
            throw new InputException(in.file().toString(), 0, 0, path, "missing");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.number(array.get(i), path + "[" + i + "]");
        }
        return values;
    }
}
