package io.modelci.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies the test trainers into a working directory and reads the pids they record. */
final class Scripts {
    private Scripts() {
    }

    static Path copy(final String name, final Path directory) {
        try (InputStream in = Scripts.class.getResourceAsStream("/run/" + name)) {
            Path target = directory.resolve(name);
            Files.copy(in, target);
            return target;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Long> pids(final Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).map(Long::parseLong)
                .toList();
    }

    static boolean anyRunning(final List<Long> pids) {
        return pids.stream().map(ProcessHandle::of)
                .anyMatch(handle -> handle.map(ProcessTree::isRunning).orElse(false));
    }
}
