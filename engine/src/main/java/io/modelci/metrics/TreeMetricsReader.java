package io.modelci.metrics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.modelci.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads JSON, YAML and TOML metric trees. Nested keys are flattened with a separator ({@code {"train": {"loss":
 * 0.1}}} is {@code train.loss}); numbers are metrics, booleans and strings are params, lists of numbers are
 * histories with steps 0..n-1 and lists of objects are histories whose step is the object's {@code step} or
 * {@code epoch} key (or its position). An object with a top-level {@code metrics} object is a Model CI metrics
 * document instead, read by {@link ModelCiDocumentReader}.
 *
 * <p>The tree is walked as a token stream, so errors carry the line and column of the offending key.
 */
final class TreeMetricsReader {
    /** The tree formats. */
    enum Format {
        JSON("JSON"), YAML("YAML"), TOML("TOML"),
        /** One JSON object per line, one line per step: {@code {"step": 1, "loss": 0.5}}. */
        JSON_LINES("JSON Lines");

        private final String label;

        Format(final String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * How a tree is turned into metrics.
     *
     * @param separator joins nested keys
     * @param numbersAsParams whether numbers are params too (a parameters file rather than a metrics file)
     * @param ignoredTopLevelKeys top-level keys that are skipped
     * @param requireMetrics whether a file without a numeric metric is an error
     * @param modelCiDocuments whether an object with a top-level {@code metrics} object is read as a Model CI
     *     metrics document ({@link ModelCiDocumentReader}) rather than flattened
     */
    record Options(char separator, boolean numbersAsParams, Set<String> ignoredTopLevelKeys,
            boolean requireMetrics, boolean modelCiDocuments) {
        static final Options METRICS = new Options('.', false, Set.of(), true, true);
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper TOML = new TomlMapper();

    private final Path file;
    private final Options options;
    private final Metrics.Builder builder;
    private JsonParser parser;

    private TreeMetricsReader(final Path file, final Options options) {
        this.file = file;
        this.options = options;
        this.builder = Metrics.builder(file.toString());
    }

    static Metrics read(final Path file, final Format format) {
        return read(file, format, Options.METRICS);
    }

    static Metrics read(final Path file, final Format format, final Options options) {
        return new TreeMetricsReader(file, options).read(format);
    }

    private Metrics read(final Format format) {
        ObjectMapper mapper = switch (format) {
            case JSON, JSON_LINES -> JSON;
            case YAML -> YAML;
            case TOML -> TOML;
        };
        try (InputStream in = Files.newInputStream(file); JsonParser jsonParser = mapper.createParser(in)) {
            parser = jsonParser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InputException.ofFile(file, "file is empty; expected " + format + " metrics such as "
                        + example(format));
            }
            if (format == Format.JSON_LINES) {
                readJsonLines(first);
            }
            else if (first == JsonToken.START_OBJECT) {
                if (options.modelCiDocuments() && ModelCiDocumentReader.isDocument(file, mapper)) {
                    new ModelCiDocumentReader(file, parser, builder).read();
                }
                else {
                    readObject("", true);
                }
            }
            else if (first == JsonToken.START_ARRAY) {
                Location start = here();
                JsonNode records = readTree(parser);
                if (!allObjects(records)) {
                    throw at(start, null, "expected an object of metrics such as " + example(format)
                            + " or a list of records such as [{\"step\": 1, \"loss\": 0.21}]");
                }
                readRecords("", start, records);
            }
            else {
                throw at(here(), null, "expected an object of metrics such as " + example(format) + ", found "
                        + describe(first));
            }
        }
        catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new InputException(file.toString(), location == null ? 0 : Math.max(0, location.getLineNr()),
                    location == null ? 0 : Math.max(0, location.getColumnNr()), null,
                    "malformed " + format + ": " + firstLine(e.getOriginalMessage()) + expectation(format), e);
        }
        catch (IOException e) {
            throw InputException.ofFile(file, "cannot read " + format + " file: " + e.getMessage());
        }
        if (options.requireMetrics() && !builder.hasMetrics()) {
            throw InputException.ofFile(file, "no numeric metric found; expected numbers such as "
                    + example(format) + " (strings and booleans are kept as params, not metrics)");
        }
        return builder.build();
    }

    /** Each line is a record; the JSON parser reads a sequence of root values as they come. */
    private void readJsonLines(final JsonToken first) throws IOException {
        ArrayNode records = JsonNodeFactory.instance.arrayNode();
        Location start = here();
        for (JsonToken token = first; token != null; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                throw at(here(), null, "expected one JSON object per line such as {\"step\": 1, \"loss\": 0.5},"
                        + " found " + describe(token));
            }
            records.add(readTree(parser));
        }
        readRecords("", start, records);
    }

    private void readObject(final String prefix, final boolean topLevel) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location location = here();
            JsonToken token = parser.nextToken();
            if (topLevel && options.ignoredTopLevelKeys().contains(key)) {
                parser.skipChildren();
                continue;
            }
            String name = prefix.isEmpty() ? key : prefix + options.separator() + key;
            readValue(name, token, location);
        }
    }

    private void readValue(final String name, final JsonToken token, final Location location) throws IOException {
        switch (token) {
            case START_OBJECT -> readObject(name, false);
            case START_ARRAY -> readArray(name, location, readTree(parser));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(name, location, doubleValue(parser), parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> param(name, location, parser.getText());
            case VALUE_STRING -> string(name, location, parser.getText());
            default -> {
                // null and embedded objects carry no metric
            }
        }
    }

    /** The current number; YAML's .nan and .inf come as float tokens its parser cannot convert. */
    static double doubleValue(final JsonParser parser) throws IOException {
        Double special = YamlSpecialFloats.parse(parser.getText());
        return special != null ? special : parser.getDoubleValue();
    }

    /** The value at the current token as a tree, numbers read through {@link #doubleValue(JsonParser)}. */
    static JsonNode readTree(final JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readTree(parser));
                }
                return array;
            }
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    object.set(key, readTree(parser));
                }
                return object;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(doubleValue(parser));
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(parser.getBooleanValue());
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }

    private void string(final String name, final Location location, final String text) {
        // YAML writes NaN and infinities as .nan and .inf, which the YAML parser hands over as strings
        Double special = YamlSpecialFloats.parse(text);
        if (special != null && parser.getCodec() == YAML) {
            number(name, location, special, text);
        }
        else {
            param(name, location, text);
        }
    }

    private void readArray(final String name, final Location location, final JsonNode array) {
        if (array.isEmpty()) {
            return;
        }
        if (allNumbers(array)) {
            checkNew(name, location);
            for (int i = 0; i < array.size(); i++) {
                builder.point(name, i, numberOf(array.get(i)));
            }
        }
        else if (allObjects(array)) {
            readRecords(name, location, array);
        }
        else {
            param(name, location, array.toString());
        }
    }

    /** A list of objects, one per step, as many loggers dump a history. */
    private void readRecords(final String prefix, final Location location, final JsonNode array) {
        Set<String> seenBefore = new java.util.HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode record = array.get(i);
            long step = stepOf(record, i);
            JsonNode timestamp = record.get("timestamp");
            Long millis = timestamp != null && timestamp.isNumber() ? timestamp.asLong() : null;
            Iterator<Map.Entry<String, JsonNode>> fields = record.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (key.equals("step") || key.equals("epoch") || key.equals("timestamp") || !isNumber(value)) {
                    continue;
                }
                String name = prefix.isEmpty() ? key : prefix + options.separator() + key;
                if (seenBefore.add(name)) {
                    checkNew(name, location);
                }
                builder.point(name, new MetricPoint(step, numberOf(value), millis));
            }
        }
    }

    private static long stepOf(final JsonNode record, final int position) {
        for (String key : new String[] {"step", "epoch"}) {
            JsonNode step = record.get(key);
            if (step != null && step.isNumber()) {
                return step.asLong();
            }
        }
        return position;
    }

    private void number(final String name, final Location location, final double value, final String text) {
        if (options.numbersAsParams()) {
            param(name, location, text);
            return;
        }
        checkNew(name, location);
        builder.value(name, value);
    }

    private void param(final String name, final Location location, final String value) {
        if (builder.hasName(name)) {
            throw at(location, name, "defined twice in this file");
        }
        builder.param(name, value);
    }

    private void checkNew(final String name, final Location location) {
        String problem = MetricNames.problemWith(name);
        if (problem != null) {
            throw at(location, name, "invalid " + problem);
        }
        if (builder.hasName(name)) {
            throw at(location, name, "metric defined twice in this file");
        }
    }

    private boolean allNumbers(final JsonNode array) {
        for (JsonNode element : array) {
            if (!isNumber(element)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allObjects(final JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }

    private boolean isNumber(final JsonNode node) {
        return node.isNumber() || node.isTextual() && parser.getCodec() == YAML
                && YamlSpecialFloats.parse(node.asText()) != null;
    }

    private static double numberOf(final JsonNode node) {
        return node.isNumber() ? node.asDouble() : YamlSpecialFloats.parse(node.asText());
    }

    private Location here() {
        JsonLocation location = parser.currentTokenLocation();
        return new Location(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }

    private InputException at(final Location location, final String name, final String problem) {
        return InputException.at(file, location.line(), location.column(), name, problem);
    }

    private static String describe(final JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a bare number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private static String example(final Format format) {
        return switch (format) {
            case JSON -> "{\"train\": {\"loss\": 0.21}}";
            case YAML -> "'train: {loss: 0.21}'";
            case TOML -> "'[train] loss = 0.21'";
            case JSON_LINES -> "{\"step\": 1, \"loss\": 0.21}";
        };
    }

    /** Jackson's TOML messages name the token, not what the file should have said. */
    private static String expectation(final Format format) {
        return format == Format.TOML ? " (expected 'key = value' lines and '[table]' headers)" : "";
    }

    private static String firstLine(final String message) {
        if (message == null) {
            return "unreadable content";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private record Location(long line, long column) {
    }

    /** NaN and infinities as YAML spells them ({@code .nan}, {@code .inf}, {@code -.inf}). */
    static final class YamlSpecialFloats {
        private YamlSpecialFloats() {
        }

        static Double parse(final String text) {
            return switch (text) {
                case ".nan", ".NaN", ".NAN" -> Double.NaN;
                case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
                case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
                default -> null;
            };
        }
    }
}
