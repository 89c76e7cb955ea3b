package io.modelci.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON form of an {@link EvaluationResult}, both ways:
 *
 * <pre>{@code
 * {"task": "binary", "rows": 1000,
 *  "metrics": {"accuracy": 0.91, ...},
 *  "intervals": {"accuracy": {"low": 0.89, "high": 0.93}, ...},
 *  "slices": {"region": {"eu": {"rows": 600, "metrics": {...}}, "tiny": {"rows": 5, "too_small": true, "metrics": {}}}},
 *  "warnings": ["roc_auc is undefined: ..."],
 *  "dataset_sha256": "…",                                    (when read from a file)
 *  "confusion_matrix": {"labels": ["a", "b"], "counts": [[5, 1], [2, 7]]}}   (multiclass)
 * }</pre>
 * Map keys are sorted; numbers are written in their shortest round-trip form, so reading gives back the very
 * same doubles.
 */
public final class EvaluationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private EvaluationJson() {
    }

    /** The result as a JSON tree. */
    public static ObjectNode toTree(final EvaluationResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task", result.task().id());
        root.put("rows", result.rows());
        root.set("metrics", metrics(result.metrics()));
        ObjectNode intervals = root.putObject("intervals");
        result.intervals().forEach((name, interval) -> {
            ObjectNode node = intervals.putObject(name);
            node.put("low", interval.low());
            node.put("high", interval.high());
        });
        ObjectNode slices = root.putObject("slices");
        result.slices().forEach((column, values) -> {
            ObjectNode columnNode = slices.putObject(column);
            values.forEach((value, slice) -> {
                ObjectNode node = columnNode.putObject(value);
                node.put("rows", slice.rows());
                if (slice.tooSmall()) {
                    node.put("too_small", true);
                }
                node.set("metrics", metrics(slice.metrics()));
            });
        });
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        if (result.datasetSha256() != null) {
            root.put("dataset_sha256", result.datasetSha256());
        }
        if (result.confusionMatrix() != null) {
            ObjectNode matrix = root.putObject("confusion_matrix");
            ArrayNode labels = matrix.putArray("labels");
            result.confusionMatrix().labels().forEach(labels::add);
            ArrayNode counts = matrix.putArray("counts");
            for (long[] row : result.confusionMatrix().counts()) {
                ArrayNode rowNode = counts.addArray();
                for (long count : row) {
                    rowNode.add(count);
                }
            }
        }
        return root;
    }

    /** The result as JSON text, indented when {@code pretty}. */
    public static String write(final EvaluationResult result, final boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(result))
                    : MAPPER.writeValueAsString(toTree(result));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** Reads a result file written by {@link #write}. */
    public static EvaluationResult read(final Path file) {
        try {
            return fromTree(MAPPER.readTree(Files.readAllBytes(file)), file.toString());
        }
        catch (JsonProcessingException e) {
            throw InputException.ofFile(file, "not valid JSON: " + e.getOriginalMessage());
        }
        catch (IOException e) {
            throw InputException.ofFile(file, "cannot read: " + e.getMessage());
        }
    }

    /** Reads a result from JSON text; {@code source} names it in errors. */
    public static EvaluationResult read(final String json, final String source) {
        try {
            return fromTree(MAPPER.readTree(json), source);
        }
        catch (JsonProcessingException e) {
            throw new InputException(source, 0, 0, null, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads a result from a JSON tree. */
    public static EvaluationResult fromTree(final JsonNode root, final String source) {
        if (root == null || !root.isObject()) {
            throw new InputException(source, 0, 0, null, "expected a JSON object");
        }
        Task task = Task.of(required(root, "task", source).asText());
        long rows = required(root, "rows", source).asLong();
        Map<String, Double> metrics = metrics(required(root, "metrics", source), source, "metrics");
        Map<String, Interval> intervals = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(root.get("intervals"))) {
            JsonNode node = entry.getValue();
            intervals.put(entry.getKey(), new Interval(number(node.get("low"), source, "intervals." + entry.getKey()),
                    number(node.get("high"), source, "intervals." + entry.getKey())));
        }
        Map<String, Map<String, SliceResult>> slices = new TreeMap<>();
        for (Map.Entry<String, JsonNode> column : entries(root.get("slices"))) {
            Map<String, SliceResult> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> value : entries(column.getValue())) {
                JsonNode node = value.getValue();
                values.put(value.getKey(), new SliceResult(node.path("rows").asLong(),
                        node.path("too_small").asBoolean(false),
                        metrics(node.get("metrics"), source, "slices." + column.getKey())));
            }
            slices.put(column.getKey(), values);
        }
        List<String> warnings = new ArrayList<>();
        root.path("warnings").forEach(w -> warnings.add(w.asText()));
        ConfusionMatrix confusion = null;
        JsonNode matrix = root.get("confusion_matrix");
        if (matrix != null && matrix.isObject()) {
            List<String> labels = new ArrayList<>();
            matrix.path("labels").forEach(l -> labels.add(l.asText()));
            long[][] counts = new long[labels.size()][labels.size()];
            for (int a = 0; a < labels.size(); a++) {
                for (int b = 0; b < labels.size(); b++) {
                    counts[a][b] = matrix.path("counts").path(a).path(b).asLong();
                }
            }
            confusion = new ConfusionMatrix(labels, counts);
        }
        String sha = root.hasNonNull("dataset_sha256") ? root.get("dataset_sha256").asText() : null;
        return new EvaluationResult(task, rows, metrics, intervals, slices, warnings, confusion, sha);
    }

    private static ObjectNode metrics(final Map<String, Double> metrics) {
        ObjectNode node = MAPPER.createObjectNode();
        new TreeMap<>(metrics).forEach(node::put);
        return node;
    }

    private static Map<String, Double> metrics(final JsonNode node, final String source, final String where) {
        Map<String, Double> metrics = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(node)) {
            metrics.put(entry.getKey(), number(entry.getValue(), source, where + "." + entry.getKey()));
        }
        return metrics;
    }

    private static double number(final JsonNode node, final String source, final String field) {
        if (node == null || !node.isNumber()) {
            throw new InputException(source, 0, 0, field, "expected a number");
        }
        return node.asDouble();
    }

    private static JsonNode required(final JsonNode root, final String field, final String source) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new InputException(source, 0, 0, field, "missing");
        }
        return node;
    }

    private static List<Map.Entry<String, JsonNode>> entries(final JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (node != null && node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            fields.forEachRemaining(entries::add);
        }
        return entries;
    }
}
