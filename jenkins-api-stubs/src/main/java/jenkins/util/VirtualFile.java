package jenkins.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Stub of {@code jenkins.util.VirtualFile} (since 1.532): jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/util/VirtualFile.java">core/src/main/java/jenkins/util/VirtualFile.java</a>
 * ({@code public abstract class VirtualFile implements Comparable<VirtualFile>, Serializable}), a file of an
 * artifact manager. Only the members the ITests call are declared ({@code compareTo} left out with
 * {@code Comparable}).
 */
public abstract class VirtualFile implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Stub-only constructor, package-private (upstream's is implicit). */
    VirtualFile() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: a child, which need not exist; {@code name} may contain {@code /}. */
    public abstract @NonNull VirtualFile child(@NonNull String name);

    /** Upstream member: reads the file. */
    public abstract InputStream open() throws IOException;
}
