package io.modelci.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a load test's request bodies: one JSON value per line (JSON Lines), each sent as written. */
public final class RequestBodies {
    private RequestBodies() {
    }

    /** @throws InputException naming the line of a body that is not JSON, or when there is none */
    public static List<byte[]> read(final Path file) {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                mapper.readTree(line);
            }
            catch (JsonProcessingException e) {
                throw InputException.at(file, i + 1, 0, null, "not JSON: " + e.getOriginalMessage());
            }
            bodies.add(line.getBytes(StandardCharsets.UTF_8));
        }
        if (bodies.isEmpty()) {
            throw InputException.ofFile(file, "no request bodies; expected one JSON value per line");
        }
        return bodies;
    }
}
