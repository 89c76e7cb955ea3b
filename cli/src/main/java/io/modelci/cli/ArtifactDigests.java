package io.modelci.cli;

import io.modelci.InputException;
import io.modelci.registry.Artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Computes an artifact's SHA-256 and size by streaming the file once (model files can be gigabytes). */
final class ArtifactDigests {
    private ArtifactDigests() {
    }

    static Artifact of(final Path file) {
        if (!Files.isRegularFile(file)) {
            throw InputException.ofFile(file, "no such artifact file");
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
                size += read;
            }
        }
        catch (IOException e) {
            throw InputException.ofFile(file, "cannot read the artifact: " + e.getMessage());
        }
        return new Artifact(file.toAbsolutePath().normalize().toString(), HexFormat.of().formatHex(sha256.digest()),
                size);
    }
}
