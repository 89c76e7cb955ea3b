package io.modelci.run;

import io.modelci.InputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A SHA-256 over the data a run read: for each named path (a file or a directory of any number of files), every
 * regular file's relative path and contents, in sorted path order.
 *
 * <p>Paths are taken relative to the named path and prefixed with the name as given (its last name when it is
 * absolute), with {@code /} separators, so the
 * fingerprint is the same in another checkout, on another machine or under another mount point, and changes when
 * a file is renamed, added, removed or edited. Each file contributes its path, a NUL, its length (8 bytes) and its
 * contents, so that no two different trees can feed the digest the same bytes.
 */
public final class DataFingerprint {
    private DataFingerprint() {
    }

    /**
     * The fingerprint of the named data paths.
     *
     * @param workingDir where relative data paths are resolved
     * @throws InputException when a data path does not exist
     */
    public static String of(final Path workingDir, final List<String> dataPaths) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        for (String name : dataPaths) {
            Path path = workingDir.resolve(name).normalize();
            if (!Files.exists(path)) {
                throw InputException.ofField("data", "'" + name + "' does not exist (looked at " + path + ")");
            }
            String label = label(name, path);
            if (Files.isRegularFile(path)) {
                files.put(label, path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).forEach(file ->
                        files.put(label + "/" + path.relativize(file).toString().replace('\\', '/'), file));
            }
        }
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[Sha256.BUFFER_SIZE];
        ByteBuffer length = ByteBuffer.allocate(Long.BYTES);
        for (var entry : files.entrySet()) {
            digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            length.clear();
            length.putLong(Files.size(entry.getValue()));
            digest.update(length.array());
            Sha256.update(digest, entry.getValue(), buffer);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The name as given when it is relative (machine-independent), else the last name of the path. */
    private static String label(final String given, final Path resolved) {
        Path path = Path.of(given).normalize();
        if (!path.isAbsolute() && !path.toString().isEmpty() && !path.startsWith("..")) {
            return path.toString().replace('\\', '/');
        }
        return resolved.getFileName() == null ? "" : resolved.getFileName().toString();
    }
}
