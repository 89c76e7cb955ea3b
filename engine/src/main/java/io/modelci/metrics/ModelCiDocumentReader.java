package io.modelci.metrics;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Model CI metrics document, the shape {@code modelci metrics --json} prints and Model CI's own tools
 * write (the trainers, {@code modelci check --out}, {@code modelci evaluate --json}):
 *
 * <pre>{@code
 * {"metrics": {"holdout_auc": 0.83, "loss": "NaN"},
 *  "histories": {"loss": [{"step": 1, "value": 0.9, "timestamp": 1764075600000}, ...], "lr": [0.1, 0.05]},
 *  "params": {"model": "resnet18"},
 *  "nonFinite": ["loss"]}
 * }</pre>
 *
 * A tree file is such a document when its top level is an object whose {@code metrics} key holds an object. Its
 * names are taken as they are, not prefixed with {@code metrics.}. {@code history} is accepted beside
 * {@code histories}: its plain lists take their steps from a {@code step} or {@code epoch} list in the same object.
 * The other top-level keys of Model CI's documents are skipped; any other key is an error, so that a DVC-style
 * file that merely has a {@code metrics} key is not silently read with half its metrics missing.
 */
final class ModelCiDocumentReader {
    /** The key that makes a document. */
    static final String METRICS = "metrics";
    /** Top-level keys of Model CI's documents that carry no metrics: evaluate's and the checks' other fields. */
    static final Set<String> IGNORED_KEYS = Set.of("task", "rows", "intervals", "slices", "warnings",
            "dataset_sha256", "confusion_matrix", "check", "target", "url", "settings", "mismatches", "golden",
            "load");
    private static final String POINT_EXAMPLE = "[{\"step\": 0, \"value\": 0.9}, {\"step\": 1, \"value\": 0.5}]";

    private final Path file;
    private final JsonParser parser;
    private final Metrics.Builder builder;
    private final Set<String> values = new HashSet<>();
    private final Set<String> histories = new HashSet<>();

    /**
     * @param parser positioned on the document's opening {@code START_OBJECT}
     */
    ModelCiDocumentReader(final Path file, final JsonParser parser, final Metrics.Builder builder) {
        this.file = file;
        this.parser = parser;
        this.builder = builder;
    }

    /** Whether the file's top level is an object with a {@code metrics} object; reads it apart, skipping values. */
    static boolean isDocument(final Path file, final ObjectMapper mapper) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser scan = mapper.createParser(in)) {
            if (scan.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (scan.nextToken() == JsonToken.FIELD_NAME) {
                String key = scan.currentName();
                if (scan.nextToken() == JsonToken.START_OBJECT && key.equals(METRICS)) {
                    return true;
                }
                scan.skipChildren();
            }
            return false;
        }
    }

    /** Reads the whole document into the builder. */
    void read() throws IOException {
        Set<String> nonFinite = new LinkedHashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            JsonToken token = parser.nextToken();
            switch (key) {
                case METRICS -> {
                    requireObject(token, at, key, "{\"holdout_auc\": 0.83}");
                    readMetrics("");
                }
                case "histories" -> readHistories(token, at, key, false);
                case "history" -> readHistories(token, at, key, true);
                case "params" -> {
                    requireObject(token, at, key, "{\"model\": \"resnet18\"}");
                    readParams("");
                }
                case "nonFinite" -> {
                    JsonNode names = TreeMetricsReader.readTree(parser);
                    if (!names.isArray()) {
                        throw error(at, key, "expected a list of metric names such as [\"loss\"], found " + names);
                    }
                    names.forEach(name -> nonFinite.add(name.asText()));
                }
                default -> {
                    if (!IGNORED_KEYS.contains(key)) {
                        throw error(at, key, "unknown top-level key in a Model CI metrics document (a file whose"
                                + " top-level 'metrics' key holds an object is read as one: values from 'metrics',"
                                + " histories from 'histories', params from 'params'); move what it holds under"
                                + " 'metrics' (\"metrics\": {\"" + key + ".loss\": 0.2}), or rename the top-level"
                                + " 'metrics' key to have every nested key flattened DVC-style");
                    }
                    parser.skipChildren();
                }
            }
        }
        for (String name : nonFinite) {
            if (values.contains(name) || histories.contains(name)) {
                builder.flagNonFinite(name);
            }
        }
    }

    /** The {@code metrics} object: numbers (nested objects are joined with '.'). */
    private void readMetrics(final String prefix) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                readMetrics(name + ".");
                continue;
            }
            if (token == JsonToken.VALUE_NULL) {
                continue;
            }
            Double value = null;
            if (token.isNumeric()) {
                value = TreeMetricsReader.doubleValue(parser);
            }
            else if (token == JsonToken.VALUE_STRING) {
                value = nonFinite(parser.getText());
            }
            if (value == null) {
                throw error(at, name, "expected a number (or \"NaN\", \"Infinity\", \"-Infinity\"), found "
                        + TreeMetricsReader.readTree(parser) + "; in a Model CI metrics document histories go"
                        + " under 'histories' and other values under 'params'");
            }
            checkName(at, name);
            if (!values.add(name) || builder.hasName(name) && !histories.contains(name)) {
                throw error(at, name, "metric defined twice in this file");
            }
            builder.value(name, value);
        }
    }

    /**
     * A {@code histories} (or the trainer's {@code history}) object. Each entry is a list of points or of plain
     * numbers; under {@code history} plain numbers take their steps from a {@code step} or {@code epoch} list.
     */
    private void readHistories(final JsonToken token, final JsonLocation at, final String key,
            final boolean stepLists) throws IOException {
        requireObject(token, at, key, "{\"loss\": " + POINT_EXAMPLE + "}");
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        Map<String, JsonLocation> locations = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            locations.put(name, parser.currentTokenLocation());
            parser.nextToken();
            entries.put(name, TreeMetricsReader.readTree(parser));
        }
        String stepKey = null;
        if (stepLists) {
            stepKey = entries.containsKey("step") ? "step" : entries.containsKey("epoch") ? "epoch" : null;
            if (stepKey != null && !allNumbers(entries.get(stepKey))) {
                throw error(locations.get(stepKey), key + "." + stepKey, "expected a list of step numbers, found "
                        + entries.get(stepKey));
            }
        }
        JsonNode steps = stepKey == null ? null : entries.get(stepKey);
        for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
            String name = entry.getKey();
            if (stepLists && (name.equals("step") || name.equals("epoch"))) {
                continue;
            }
            readHistory(name, entry.getValue(), locations.get(name), key, steps, stepKey);
        }
    }

    private void readHistory(final String name, final JsonNode list, final JsonLocation at, final String key,
            final JsonNode steps, final String stepKey) {
        if (!list.isArray()) {
            throw error(at, name, "expected a history such as " + POINT_EXAMPLE + " or [0.9, 0.5], found " + list);
        }
        checkName(at, name);
        if (!histories.add(name) || builder.hasName(name) && !values.contains(name)) {
            throw error(at, name, "metric defined twice in this file");
        }
        if (allNumbers(list)) {
            if (steps != null && steps.size() != list.size()) {
                throw error(at, name, "has " + list.size() + " values but '" + key + "." + stepKey + "' has "
                        + steps.size() + " steps");
            }
            for (int i = 0; i < list.size(); i++) {
                builder.point(name, steps == null ? i : steps.get(i).asLong(), number(list.get(i)));
            }
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode point = list.get(i);
            JsonNode value = point.path("value");
            if (!point.isObject() || !isNumber(value)) {
                throw error(at, name, "point " + i + ": expected {\"step\": 0, \"value\": 0.9} (or a plain list of"
                        + " numbers), found " + point);
            }
            JsonNode step = point.get("step");
            JsonNode timestamp = point.get("timestamp");
            builder.point(name, new MetricPoint(step != null && step.isNumber() ? step.asLong() : i,
                    number(value), timestamp != null && timestamp.isNumber() ? timestamp.asLong() : null));
        }
    }

    /** The {@code params} object: every value is a param, nested objects joined with '.'. */
    private void readParams(final String prefix) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                readParams(name + ".");
                continue;
            }
            if (token == JsonToken.VALUE_NULL) {
                continue;
            }
            String text = token == JsonToken.START_ARRAY ? TreeMetricsReader.readTree(parser).toString()
                    : parser.getText();
            if (builder.hasName(name)) {
                throw error(at, name, "defined twice in this file");
            }
            builder.param(name, text);
        }
    }

    private void requireObject(final JsonToken token, final JsonLocation at, final String key, final String example)
            throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw error(at, key, "expected an object such as " + example + ", found "
                    + TreeMetricsReader.readTree(parser));
        }
    }

    private void checkName(final JsonLocation at, final String name) {
        String problem = MetricNames.problemWith(name);
        if (problem != null) {
            throw error(at, name, "invalid " + problem);
        }
    }

    private static boolean allNumbers(final JsonNode list) {
        for (JsonNode element : list) {
            if (!isNumber(element)) {
                return false;
            }
        }
        return list.isArray();
    }

    private static boolean isNumber(final JsonNode node) {
        return node.isNumber() || node.isTextual() && nonFinite(node.asText()) != null;
    }

    private static double number(final JsonNode node) {
        return node.isNumber() ? node.asDouble() : nonFinite(node.asText());
    }

    /** NaN or an infinity spelled as a string (as {@code modelci metrics --json} writes them), else null. */
    private static Double nonFinite(final String text) {
        Double special = TreeMetricsReader.YamlSpecialFloats.parse(text);
        if (special == null) {
            special = DelimitedMetricsReader.parseNumber(text);
        }
        return special != null && !Double.isFinite(special) ? special : null;
    }

    private InputException error(final JsonLocation at, final String name, final String problem) {
        return InputException.at(file, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), name, problem);
    }
}
