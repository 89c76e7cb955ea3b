package io.modelci.registry;

import java.util.Locale;
import java.util.Objects;

/**
 * One file of a model version: where it lives, its SHA-256 (lower-case hex) and its size in bytes.
 *
 * @param uri where the artifact can be fetched (a file path, {@code s3://…}, a Jenkins artifact URL)
 * @param sha256 64 lower-case hex digits
 * @param size size in bytes, at least 0
 */
public record Artifact(String uri, String sha256, long size) {
    public Artifact {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(sha256, "sha256");
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
    }
}
