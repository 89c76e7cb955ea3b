package io.modelci.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelci.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the metrics of {@code register --metrics}: a flat JSON object of numbers ({@code {"auc": 0.91}}) or the
 * same under a {@code "metrics"} key. Non-finite values may be written as {@code NaN}, {@code Infinity} or as
 * those strings.
 */
final class MetricsJsonFile {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private MetricsJsonFile() {
    }

    static Map<String, Double> read(final Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.newBufferedReader(file));
        }
        catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            throw InputException.at(file, where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(),
                    null, "not valid JSON: " + e.getOriginalMessage());
        }
        catch (IOException e) {
            throw InputException.ofFile(file, "cannot read the metrics file: " + e.getMessage());
        }
        if (root != null && root.has("metrics") && root.get("metrics").isObject()) {
            root = root.get("metrics");
        }
        if (root == null || !root.isObject()) {
            throw InputException.ofFile(file, "expected a JSON object of metric name to number");
        }
        Map<String, Double> metrics = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            metrics.put(field.getKey(), value(file, field.getKey(), field.getValue()));
        }
        if (metrics.isEmpty()) {
            throw InputException.ofFile(file, "no metrics in the file");
        }
        return metrics;
    }

    private static double value(final Path file, final String name, final JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            switch (node.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                case "+Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new InputException(file.toString(), 0, 0, name, "expected a number, got " + node);
    }
}
