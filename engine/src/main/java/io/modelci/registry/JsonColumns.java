package io.modelci.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * Reads and writes the JSON text columns. Non-finite metric values are written as the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"} (valid JSON) and read back as the doubles they were; map keys are
 * sorted so equal data is equal text.
 */
final class JsonColumns {
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final TypeReference<Map<String, Double>> METRICS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Artifact>> ARTIFACTS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    static String write(final Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static Map<String, Double> metrics(final String json) {
        return read(json, METRICS);
    }

    static Map<String, String> strings(final String json) {
        return read(json, STRINGS);
    }

    static List<Artifact> artifacts(final String json) {
        return read(json, ARTIFACTS);
    }

    static Lineage lineage(final String json) {
        try {
            return MAPPER.readValue(json, Lineage.class);
        }
        catch (JsonProcessingException e) {
            throw new RegistryException("a stored lineage is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Whether a text is one well-formed JSON value. */
    static boolean isJson(final String text) {
        try {
            MAPPER.readTree(text);
            return true;
        }
        catch (JsonProcessingException e) {
            return false;
        }
    }

    private static <T> T read(final String json, final TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        }
        catch (JsonProcessingException e) {
            throw new RegistryException("a stored column is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
