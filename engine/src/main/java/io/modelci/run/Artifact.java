package io.modelci.run;

/**
 * A file a run produced.
 *
 * @param path its path relative to the working directory, with {@code /} separators
 * @param size its size in bytes
 * @param sha256 the lowercase hex SHA-256 of its contents
 */
public record Artifact(String path, long size, String sha256) {
}
