package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.File;

/**
 * Stub of {@code jenkins.model.Jenkins}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/model/Jenkins.java">upstream</a>.
 * Upstream extends {@code AbstractCIBase} (so {@code Node}, which implements {@code AccessControlled}) and implements
 * many interfaces; the stub keeps only {@link AccessControlled}, the one the plugin relies on.
 * The constant is null here: stubs are never run.
 */
public class Jenkins implements AccessControlled {
    /** Upstream member. */
    public static final Permission ADMINISTER = null;

    /** Upstream member. */
    public static final Permission READ = null;

    private Jenkins() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static @NonNull Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @NonNull File getRootDir() {
        throw new UnsupportedOperationException();
    }
}
