package io.modelci.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.time.Instant;

/**
 * JSON for registry records ({@link ModelVersion}, {@link ModelSummary}, {@link AliasEvent}, lists of them), as the
 * command line's {@code --json} and a web page show them: instants as ISO-8601 text, non-finite metrics as
 * {@code "NaN"}/{@code "Infinity"}, map keys sorted, fields in record order.
 */
public final class RegistryJson {
    private static final ObjectMapper MAPPER = JsonColumns.MAPPER.rebuild()
            .addModule(new SimpleModule("registry-instants").addSerializer(Instant.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RegistryJson() {
    }

    /** Pretty-printed JSON of a registry record or a collection of them. */
    public static String write(final Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
