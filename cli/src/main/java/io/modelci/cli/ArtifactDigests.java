package io.modelci.cli;

import io.modelci.InputException;
import io.modelci.registry.Artifact;
import io.modelci.run.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Computes an artifact's SHA-256 (streamed: model files can be gigabytes) and size. */
final class ArtifactDigests {
    private ArtifactDigests() {
    }

    static Artifact of(final Path file) {
        if (!Files.isRegularFile(file)) {
            throw InputException.ofFile(file, "no such artifact file");
        }
        try {
            return new Artifact(file.toAbsolutePath().normalize().toString(), Sha256.of(file), Files.size(file));
        }
        catch (IOException e) {
            throw InputException.ofFile(file, "cannot read the artifact: " + e.getMessage());
        }
    }
}
