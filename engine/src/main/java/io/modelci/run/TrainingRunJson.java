package io.modelci.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelci.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes run specs and training runs as JSON, with sorted keys so that equal runs give equal files. */
public final class TrainingRunJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private TrainingRunJson() {
    }

    /** The mapper used for runs, specs and allocator state. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(final Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T fromJson(final String json, final Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        }
        catch (com.fasterxml.jackson.core.JacksonException e) {
            throw InputException.ofField(type.getSimpleName(), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Writes atomically: a reader sees the old file or the new one, never half of it. */
    public static void write(final Path file, final Object value) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, toJson(value) + "\n");
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(temp);
        }
    }

    public static TrainingRun read(final Path file) throws IOException {
        try {
            return MAPPER.readValue(file.toFile(), TrainingRun.class);
        }
        catch (com.fasterxml.jackson.core.JacksonException e) {
            throw InputException.ofFile(file, "not a training run record: " + e.getOriginalMessage());
        }
    }
}
