package io.modelci.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.InputException;
import io.modelci.eval.EvaluationResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summary metrics of one model, overall and per slice, without the rows behind them: what an unpaired comparison
 * has of the champion (for instance the JSON that {@code modelci evaluate --json} wrote for it).
 *
 * @param rows the number of rows evaluated, 0 when unknown
 * @param metrics metric name to value; NaN allowed, an undefined metric absent
 * @param slices column to value to that slice's metrics
 * @param fingerprint SHA-256 of the file the metrics came from, or null
 */
public record MetricSet(long rows, Map<String, Double> metrics, Map<String, Map<String, MetricSet>> slices,
        String fingerprint) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public MetricSet {
        metrics = Map.copyOf(new TreeMap<>(metrics));
        Map<String, Map<String, MetricSet>> copy = new TreeMap<>();
        slices.forEach((column, values) -> copy.put(column, Map.copyOf(values)));
        slices = Map.copyOf(copy);
    }

    /** Metrics without slices. */
    public static MetricSet of(final Map<String, Double> metrics) {
        return new MetricSet(0, metrics, Map.of(), null);
    }

    /**
     * These metrics plus others measured outside the rows (a deployment check's latency), each added only where
     * this set has no metric of that name: the rows' own metric always wins, as in {@link PairedRowsWithMetrics}.
     */
    public MetricSet withExtra(final Map<String, Double> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, Double> merged = new TreeMap<>(extra);
        merged.putAll(metrics);
        return new MetricSet(rows, merged, slices, fingerprint);
    }

    /** An evaluation's point metrics, overall and per slice, with the predictions file's SHA-256. */
    public static MetricSet fromEvaluation(final EvaluationResult evaluation) {
        Map<String, Map<String, MetricSet>> slices = new TreeMap<>();
        evaluation.slices().forEach((column, values) -> {
            Map<String, MetricSet> byValue = new TreeMap<>();
            values.forEach((value, slice) -> byValue.put(value,
                    new MetricSet(slice.rows(), slice.metrics(), Map.of(), null)));
            slices.put(column, byValue);
        });
        return new MetricSet(evaluation.rows(), evaluation.metrics(), slices, evaluation.datasetSha256());
    }

    /**
     * Reads an evaluation JSON: {@code {"rows": N, "metrics": {...}, "slices": {col: {value: {"rows": n,
     * "metrics": {...}}}}}}; a flat {@code {name: number}} object is accepted too.
     */
    public static MetricSet read(final Path file) {
        JsonNode root;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            root = MAPPER.readTree(bytes);
        }
        catch (IOException exception) {
            throw InputException.ofFile(file, "cannot read the metrics: " + exception.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw InputException.ofFile(file, "expected a JSON object with a 'metrics' object");
        }
        return fromNode(root, file.toString(), sha256(bytes));
    }

    private static MetricSet fromNode(final JsonNode node, final String source, final String fingerprint) {
        JsonNode metricsNode = node.has("metrics") ? node.get("metrics") : node;
        if (!metricsNode.isObject()) {
            throw new InputException(source, 0, 0, "metrics", "must be an object of metric values");
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = metricsNode.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (value.isNumber()) {
                metrics.put(entry.getKey(), value.asDouble());
            }
            else if (value.isTextual() && value.asText().matches("NaN|-?Infinity")) {
                metrics.put(entry.getKey(), Double.valueOf(value.asText()));
            }
        }
        Map<String, Map<String, MetricSet>> slices = new TreeMap<>();
        JsonNode slicesNode = node.path("slices");
        if (node.has("metrics") && slicesNode.isObject()) {
            slicesNode.properties().forEach(column -> {
                Map<String, MetricSet> values = new TreeMap<>();
                column.getValue().properties().forEach(value -> {
                    if (value.getValue().has("metrics")) {
                        values.put(value.getKey(), fromNode(value.getValue(), source, null));
                    }
                });
                slices.put(column.getKey(), values);
            });
        }
        return new MetricSet(node.path("rows").asLong(0), metrics, slices, fingerprint);
    }

    /** SHA-256 (hex) of bytes. */
    static String sha256(final byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", exception);
        }
    }
}
