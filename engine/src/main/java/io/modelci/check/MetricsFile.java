package io.modelci.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a check's metrics as a plain metrics file, {@code {"metrics": {"name": number, ...}}} with sorted names,
 * so that the gate and the reports read it like any other metrics file.
 */
public final class MetricsFile {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private MetricsFile() {
    }

    /** The metrics file's JSON tree; non-finite values are left out. */
    public static ObjectNode toJson(final Map<String, Double> metrics) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode values = root.putObject("metrics");
        new TreeMap<>(metrics).forEach((name, value) -> {
            if (Double.isFinite(value)) {
                if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                    values.put(name, value.longValue());
                }
                else {
                    values.put(name, value);
                }
            }
        });
        return root;
    }

    /** Writes the file atomically, creating its folder. */
    public static void write(final Path file, final Map<String, Double> metrics) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".metrics", ".tmp");
            JSON.writeValue(temporary.toFile(), toJson(metrics));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
