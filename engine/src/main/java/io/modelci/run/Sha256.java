package io.modelci.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, streamed through a large buffer so that a multi-gigabyte model never sits in memory. */
public final class Sha256 {
    /** Large enough that the digest, not the read calls, sets the pace (see docs/training.md for figures). */
    static final int BUFFER_SIZE = 1 << 20;

    private Sha256() {
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The lowercase hex SHA-256 of the file's contents. */
    public static String of(final Path file) throws IOException {
        MessageDigest digest = newDigest();
        update(digest, file, new byte[BUFFER_SIZE]);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Feeds the file's contents into the digest.
     *
     * @return the number of bytes read
     */
    static long update(final MessageDigest digest, final Path file, final byte[] buffer) throws IOException {
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
                total += read;
            }
        }
        return total;
    }
}
