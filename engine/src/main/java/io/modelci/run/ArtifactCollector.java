package io.modelci.run;

import io.modelci.InputException;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds the files a run produced by glob ({@code model/**}, {@code *.pt}) and records their size and SHA-256.
 *
 * <p>Globs never reach outside the working directory: an absolute glob, a {@code ..} segment or a symbolic link
 * whose target lies outside is rejected, so that a Jenkinsfile cannot archive (and fingerprint, and publish)
 * files of the agent it runs on. Globs follow {@link java.nio.file.FileSystem#getPathMatcher}: {@code *} stays
 * within a directory, {@code **} crosses directories. The {@value #CONTROL_DIRECTORY} folder at the top of the
 * working directory holds Model CI's own files and is never collected.
 */
public final class ArtifactCollector {
    /** The working directory's folder of Model CI's own files, which no glob collects. */
    public static final String CONTROL_DIRECTORY = ".modelci";

    private ArtifactCollector() {
    }

    /**
     * Checks that a glob stays inside the working directory.
     *
     * @throws InputException when it is absolute or climbs out with {@code ..}
     */
    public static void validate(final String glob) {
        if (glob == null || glob.isBlank()) {
            throw InputException.ofField("artifacts", "an artifact glob must not be empty");
        }
        String normalized = glob.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.startsWith("~") || normalized.matches("^[A-Za-z]:.*")) {
            throw InputException.ofField("artifacts", "'" + glob
                    + "' is an absolute path; artifact globs are relative to the working directory");
        }
        for (String segment : normalized.split("/")) {
            if (segment.equals("..")) {
                throw InputException.ofField("artifacts", "'" + glob
                        + "' climbs out of the working directory with '..'; artifacts must lie inside it");
            }
        }
    }

    /**
     * The files under {@code workingDir} that match any of the globs, sorted by path, each with its SHA-256.
     *
     * @param warnings receives a line for each glob that matched nothing
     * @throws InputException for a glob that leaves the working directory or a matched link that points outside
     */
    public static List<Artifact> collect(final Path workingDir, final List<String> globs, final List<String> warnings)
            throws IOException {
        if (globs.isEmpty()) {
            return List.of();
        }
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            validate(glob);
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.replace('\\', '/')));
        }
        Path root = workingDir.toRealPath();
        TreeMap<String, Path> matched = new TreeMap<>();
        boolean[] used = new boolean[matchers.size()];
        // Model CI's own control files (a build's run folders, a demo's registry) are never a model's artifacts,
        // even under a glob as wide as '**'.
        Path controlDirectory = root.resolve(CONTROL_DIRECTORY);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(final Path dir, final BasicFileAttributes attributes) {
                return dir.equals(controlDirectory) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(final Path file, final BasicFileAttributes attributes) {
                Path relative = root.relativize(file);
                for (int i = 0; i < matchers.size(); i++) {
                    if (matchers.get(i).matches(relative)) {
                        used[i] = true;
                        matched.put(relative.toString().replace('\\', '/'), file);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(final Path file, final IOException exception) {
                return FileVisitResult.CONTINUE;
            }
        });
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                warnings.add("artifact glob '" + globs.get(i) + "' matched no file");
            }
        }
        List<Artifact> artifacts = new ArrayList<>(matched.size());
        byte[] buffer = new byte[Sha256.BUFFER_SIZE];
        for (var entry : matched.entrySet()) {
            Path file = entry.getValue();
            if (Files.isSymbolicLink(file)) {
                Path target = file.toRealPath();
                if (!target.startsWith(root)) {
                    throw InputException.ofField("artifacts", "'" + entry.getKey() + "' is a symbolic link to "
                            + target + ", outside the working directory " + root);
                }
                if (!Files.isRegularFile(target)) {
                    continue;
                }
                file = target;
            }
            java.security.MessageDigest digest = Sha256.newDigest();
            long size = Sha256.update(digest, file, buffer);
            artifacts.add(new Artifact(entry.getKey(), size, java.util.HexFormat.of().formatHex(digest.digest())));
        }
        return artifacts;
    }
}
