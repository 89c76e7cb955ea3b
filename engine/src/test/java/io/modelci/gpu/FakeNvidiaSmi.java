package io.modelci.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** A stand-in {@code nvidia-smi} script in a directory, printing recorded output from test resources. */
public final class FakeNvidiaSmi {
    private FakeNvidiaSmi() {
    }

    /**
     * Writes {@code nvidia-smi} into {@code directory}, answering the query with {@code gpu/<query>} and
     * {@code -L} with {@code gpu/<list>} (list may be null).
     */
    public static Path install(final Path directory, final String query, final String list) {
        try {
            Files.createDirectories(directory);
            Path script = directory.resolve("nvidia-smi");
            copy("fake-nvidia-smi.sh", script);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            copy(query, directory.resolve("query.csv"));
            if (list != null) {
                copy(list, directory.resolve("list.txt"));
            }
            else {
                Files.writeString(directory.resolve("list.txt"), "");
            }
            return script;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the installed fake answer the compute-process query with {@code gpu/<apps>}. */
    public static void withComputeApps(final Path directory, final String apps) {
        copy(apps, directory.resolve("apps.csv"));
    }

    /** Makes the installed fake print the driver error and exit with 9. */
    public static void failWithDriverError(final Path directory) {
        copy("driver-error.txt", directory.resolve("fail"));
    }

    /** Reads a recorded output. */
    public static String resource(final String name) {
        try (InputStream in = FakeNvidiaSmi.class.getResourceAsStream("/gpu/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource gpu/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(final String name, final Path target) {
        try (InputStream in = FakeNvidiaSmi.class.getResourceAsStream("/gpu/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource gpu/" + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
