package io.modelci.gate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.modelci.InputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML document into plain maps, lists and scalars while remembering the line of every value, so that a
 * validation error can name the line of the field at fault. Jackson's tree model forgets locations; the token
 * stream does not.
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final Object root;
    private final Map<String, Integer> lines;

    private YamlTree(final Object root, final Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** The document's root value (a map for a policy). */
    Object root() {
        return root;
    }

    /** The 1-based line of the value at {@code path} ({@code checks[0].metric}), or 0 when unknown. */
    int lineOf(final String path) {
        return lines.getOrDefault(path, 0);
    }

    static YamlTree parse(final String yaml, final String sourceName) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(sourceName, 0, 0, null, "the policy is empty");
            }
            Object root = readValue(parser, "", lines, sourceName);
            return new YamlTree(root, lines);
        }
        catch (JsonProcessingException exception) {
            JsonLocation location = exception.getLocation();
            long line = location == null ? 0 : location.getLineNr();
            long column = location == null ? 0 : location.getColumnNr();
            throw new InputException(sourceName, Math.max(line, 0), Math.max(column, 0), null,
                    "not valid YAML: " + exception.getOriginalMessage(), exception);
        }
        catch (IOException exception) {
            throw new InputException(sourceName, 0, 0, null, "cannot read: " + exception.getMessage(), exception);
        }
    }

    private static Object readValue(final JsonParser parser, final String path, final Map<String, Integer> lines,
            final String sourceName) throws IOException {
        JsonToken token = parser.currentToken();
        int line = parser.currentTokenLocation().getLineNr();
        lines.put(path, line);
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    if (map.containsKey(key)) {
                        throw new InputException(sourceName, keyLine, 0, childPath, "appears twice");
                    }
                    parser.nextToken();
                    map.put(key, readValue(parser, childPath, lines, sourceName));
                    lines.put(childPath, keyLine);
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser, path + "[" + list.size() + "]", lines, sourceName));
                }
                return list;
            }
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                return parser.getText();
        }
    }
}
