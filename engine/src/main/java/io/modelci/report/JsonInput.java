package io.modelci.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.InputException;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Lenient tree reading of JSON written by other tools: a field may go by several names (snake_case, camelCase),
 * a number may be a string ("NaN"), and every problem names the file and the field.
 */
final class JsonInput {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    JsonInput(final Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The file's root object. */
    JsonNode readObject() {
        JsonNode root;
        try (java.io.InputStream stream = java.nio.file.Files.newInputStream(file)) {
            root = MAPPER.readTree(stream);
        }
        catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(file.toString(), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), null, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        catch (NoSuchFileException e) {
            throw InputException.ofFile(file, "no such file");
        }
        catch (IOException e) {
            throw InputException.ofFile(file, "cannot read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw InputException.ofFile(file, "empty file, expected a JSON object");
        }
        if (!root.isObject()) {
            throw InputException.ofFile(file, "expected a JSON object, found " + kind(root));
        }
        return root;
    }

    /** The first of {@code names} present (and not null) in {@code node}, or null. */
    static JsonNode field(final JsonNode node, final String... names) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    /** A number, NaN when absent; a string holding a number (or "NaN") is accepted. */
    double number(final JsonNode value, final String path) {
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText().trim());
            }
            catch (NumberFormatException e) {
                throw problem(path, "expected a number, found \"" + value.asText() + "\"");
            }
        }
        throw problem(path, "expected a number, found " + kind(value));
    }

    /** A boolean; "true"/"pass"/"passed"/"yes" strings count as true. Null when absent. */
    Boolean bool(final JsonNode value, final String path) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String text = value.asText().trim().toLowerCase(Locale.ROOT);
            switch (text) {
                case "true": case "pass": case "passed": case "yes": case "ok":
                    return true;
                case "false": case "fail": case "failed": case "no":
                    return false;
                default:
                    break;
            }
        }
        throw problem(path, "expected true or false, found " + kind(value) + " " + value);
    }

    /** A string, or null when absent; numbers and booleans are turned into text. */
    static String text(final JsonNode value) {
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    /** An interval as {@code {"low":..,"high":..}}, {@code {"lower":..,"upper":..}} or {@code [low, high]}. */
    Interval interval(final JsonNode value, final String path) {
        if (value == null || value.isNull()) {
            return Interval.NONE;
        }
        if (value.isArray() && value.size() == 2) {
            return new Interval(number(value.get(0), path + "[0]"), number(value.get(1), path + "[1]"));
        }
        if (value.isObject()) {
            return new Interval(number(field(value, "low", "lower", "lo"), path + ".low"),
                    number(field(value, "high", "upper", "hi"), path + ".high"));
        }
        throw problem(path, "expected {\"low\": x, \"high\": y}, found " + kind(value));
    }

    /** An object field, or a problem naming it. */
    JsonNode object(final JsonNode value, final String path) {
        if (value != null && !value.isNull() && !value.isObject()) {
            throw problem(path, "expected an object, found " + kind(value));
        }
        return value;
    }

    /** An array field, or a problem naming it. */
    JsonNode array(final JsonNode value, final String path) {
        if (value != null && !value.isNull() && !value.isArray()) {
            throw problem(path, "expected an array, found " + kind(value));
        }
        return value;
    }

    InputException problem(final String path, final String problem) {
        return new InputException(file.toString(), 0, 0, path, problem);
    }

    static String kind(final JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }
}
