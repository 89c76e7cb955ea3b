package io.modelci.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a golden file: known inputs with expected outputs.
 *
 * <p>JSON Lines ({@code .jsonl}, {@code .json}, or any file whose first character is {@code {}): one object per
 * line, {@code {"input": {...}, "expected": ...}}. CSV: a header; the column {@code expected} holds a scalar
 * expected answer, or columns {@code expected_<field>} hold the fields of an expected object; every other column is
 * an input field (numbers become JSON numbers, empty values are left out).
 */
public final class GoldenSet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPECTED = "expected";
    private static final java.util.regex.Pattern JSON_NUMBER =
            java.util.regex.Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final String EXPECTED_PREFIX = "expected_";

    private GoldenSet() {
    }

    public static List<GoldenCase> read(final Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            List<GoldenCase> cases = first.startsWith("{") || name.endsWith(".jsonl") || name.endsWith(".json")
                    ? readJsonLines(file, lines) : readCsv(file, lines);
            if (cases.isEmpty()) {
                throw InputException.ofFile(file, "no golden cases in the file");
            }
            return cases;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<GoldenCase> readJsonLines(final Path file, final List<String> lines) {
        List<GoldenCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            }
            catch (JsonProcessingException e) {
                throw InputException.at(file, i + 1, e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                        null, "not JSON: " + e.getOriginalMessage());
            }
            if (!node.isObject() || !node.has("input") || !node.has(EXPECTED)) {
                throw InputException.at(file, i + 1, 0, null,
                        "expected an object {\"input\": {...}, \"expected\": ...}");
            }
            cases.add(new GoldenCase(i + 1, node.get("input"), node.get(EXPECTED)));
        }
        return cases;
    }

    private static List<GoldenCase> readCsv(final Path file, final List<String> lines) {
        if (lines.isEmpty()) {
            throw InputException.ofFile(file, "the file is empty");
        }
        List<String> header = splitCsv(lines.get(0));
        boolean scalar = header.contains(EXPECTED);
        if (!scalar && header.stream().noneMatch(h -> h.startsWith(EXPECTED_PREFIX))) {
            throw InputException.at(file, 1, 0, null,
                    "a CSV golden file needs a column 'expected' or columns 'expected_<field>'; found " + header);
        }
        List<GoldenCase> cases = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> values = splitCsv(lines.get(i));
            if (values.size() != header.size()) {
                throw InputException.at(file, i + 1, 0, null,
                        "has " + values.size() + " values but the header has " + header.size());
            }
            ObjectNode input = JsonNodeFactory.instance.objectNode();
            ObjectNode expectedFields = JsonNodeFactory.instance.objectNode();
            JsonNode expected = null;
            for (int c = 0; c < header.size(); c++) {
                String column = header.get(c);
                JsonNode value = typed(values.get(c));
                if (column.equals(EXPECTED)) {
                    expected = value;
                }
                else if (column.startsWith(EXPECTED_PREFIX)) {
                    expectedFields.set(column.substring(EXPECTED_PREFIX.length()), value);
                }
                else if (!values.get(c).isEmpty()) {
                    input.set(column, value);
                }
            }
            cases.add(new GoldenCase(i + 1, input, scalar ? expected : expectedFields));
        }
        return cases;
    }

    /** A number when the text is one, else the text. */
    static JsonNode typed(final String text) {
        if (JSON_NUMBER.matcher(text).matches()) {
            try {
                return JSON.readTree(text);
            }
            catch (JsonProcessingException e) {
                return JsonNodeFactory.instance.textNode(text);
            }
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    private static List<String> splitCsv(final String line) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                value.append('"');
                i++;
            }
            else if (c == '"') {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted) {
                values.add(value.toString().strip());
                value.setLength(0);
            }
            else {
                value.append(c);
            }
        }
        values.add(value.toString().strip());
        return values;
    }
}
