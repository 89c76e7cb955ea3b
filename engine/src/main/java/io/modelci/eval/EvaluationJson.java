package io.modelci.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.InputException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final JsonFactory FACTORY = new JsonFactory();

    private EvaluationJson() {
    }

    /** Loaded on first use only: reading and trees need data binding, writing does not. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /** The result as a JSON tree. */
    public static ObjectNode toTree(final EvaluationResult result) {
        ObjectNode root = Mapper.INSTANCE.createObjectNode();
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

    /**
     * The result as JSON text, indented when {@code pretty}. Written with the streaming generator, not the tree:
     * the command line then starts without loading the data-binding layer.
     */
    public static String write(final EvaluationResult result, final boolean pretty) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            json.writeStartObject();
            json.writeStringField("task", result.task().id());
            json.writeNumberField("rows", result.rows());
            writeMetrics(json, "metrics", result.metrics());
            json.writeObjectFieldStart("intervals");
            for (Map.Entry<String, Interval> entry : result.intervals().entrySet()) {
                json.writeObjectFieldStart(entry.getKey());
                json.writeNumberField("low", entry.getValue().low());
                json.writeNumberField("high", entry.getValue().high());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("slices");
            for (Map.Entry<String, Map<String, SliceResult>> column : result.slices().entrySet()) {
                json.writeObjectFieldStart(column.getKey());
                for (Map.Entry<String, SliceResult> slice : column.getValue().entrySet()) {
                    json.writeObjectFieldStart(slice.getKey());
                    json.writeNumberField("rows", slice.getValue().rows());
                    if (slice.getValue().tooSmall()) {
                        json.writeBooleanField("too_small", true);
                    }
                    writeMetrics(json, "metrics", slice.getValue().metrics());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("warnings");
            for (String warning : result.warnings()) {
                json.writeString(warning);
            }
            json.writeEndArray();
            if (result.datasetSha256() != null) {
                json.writeStringField("dataset_sha256", result.datasetSha256());
            }
            if (result.confusionMatrix() != null) {
                json.writeObjectFieldStart("confusion_matrix");
                json.writeArrayFieldStart("labels");
                for (String label : result.confusionMatrix().labels()) {
                    json.writeString(label);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("counts");
                for (long[] row : result.confusionMatrix().counts()) {
                    json.writeArray(row, 0, row.length);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    private static void writeMetrics(final JsonGenerator json, final String field, final Map<String, Double> metrics)
            throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, Double> entry : new TreeMap<>(metrics).entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    /** Reads a result file written by {@link #write}. */
    public static EvaluationResult read(final Path file) {
        try {
            return fromTree(Mapper.INSTANCE.readTree(Files.readAllBytes(file)), file.toString());
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
            return fromTree(Mapper.INSTANCE.readTree(json), source);
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
        ObjectNode node = Mapper.INSTANCE.createObjectNode();
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
            entries.addAll(node.properties());
        }
        return entries;
    }
}
