package io.modelci.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.InputException;

import java.util.Iterator;
import java.util.Map;

/**
 * {@link Metrics} as JSON, for machines and for storage:
 * {@code {"metrics":{name:value},"histories":{name:[{"step":0,"value":1.5,"timestamp":...}]},"params":{...},
 * "nonFinite":[names]}}. Keys are sorted; NaN and infinities are written as the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"} so that strict JSON readers accept the document.
 */
public final class MetricsJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private MetricsJson() {
    }

    /** The JSON document, indented. */
    public static String write(final Metrics metrics) {
        try {
            return MAPPER.writeValueAsString(toTree(metrics));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write metrics as JSON", e);
        }
    }

    /** The JSON tree. */
    public static ObjectNode toTree(final Metrics metrics) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode values = root.putObject("metrics");
        metrics.values().forEach((name, value) -> putNumber(values, name, value));
        ObjectNode histories = root.putObject("histories");
        metrics.histories().forEach((name, points) -> {
            ArrayNode array = histories.putArray(name);
            for (MetricPoint point : points) {
                ObjectNode node = array.addObject();
                node.put("step", point.step());
                putNumber(node, "value", point.value());
                if (point.timestampMillis() != null) {
                    node.put("timestamp", point.timestampMillis());
                }
            }
        });
        ObjectNode params = root.putObject("params");
        metrics.params().forEach(params::put);
        ArrayNode nonFinite = root.putArray("nonFinite");
        metrics.nonFinite().forEach(nonFinite::add);
        return root;
    }

    /**
     * Reads a document written by {@link #write}.
     *
     * @param source names the input in errors
     * @throws InputException when the text is not such a document
     */
    public static Metrics read(final String json, final String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        }
        catch (JsonProcessingException e) {
            throw new InputException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), null,
                    "malformed metrics JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InputException(source, 0, 0, null, "expected a metrics JSON object");
        }
        Metrics.Builder builder = Metrics.builder(source);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("metrics").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            builder.value(entry.getKey(), number(entry.getValue(), source, entry.getKey()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("histories").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            for (JsonNode point : entry.getValue()) {
                JsonNode timestamp = point.get("timestamp");
                builder.point(entry.getKey(), new MetricPoint(point.path("step").asLong(),
                        number(point.path("value"), source, entry.getKey()),
                        timestamp == null || timestamp.isNull() ? null : timestamp.asLong()));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("params").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            builder.param(entry.getKey(), entry.getValue().asText());
        }
        for (JsonNode name : root.path("nonFinite")) {
            if (root.path("metrics").has(name.asText())) {
                builder.flagNonFinite(name.asText());
            }
        }
        return builder.build();
    }

    private static void putNumber(final ObjectNode node, final String name, final double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        }
        else {
            node.put(name, Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static double number(final JsonNode node, final String source, final String name) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        Double special = node.isTextual() ? DelimitedMetricsReader.parseNumber(node.asText()) : null;
        if (special == null) {
            throw new InputException(source, 0, 0, name, "expected a number, found " + node);
        }
        return special;
    }
}
