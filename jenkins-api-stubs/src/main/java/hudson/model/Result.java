package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/**
 * Stub of {@code hudson.model.Result}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Result.java">upstream</a>.
 * Upstream also implements {@code org.kohsuke.stapler.export.CustomExportedBean}, unused here.
 * The constants are null here: stubs are never run.
 */
public final class Result implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Upstream member: the build had no errors. */
    public static final @NonNull Result SUCCESS = null;
    /** Upstream member. */
    public static final @NonNull Result UNSTABLE = null;
    /** Upstream member: the build had a fatal error. */
    public static final @NonNull Result FAILURE = null;
    /** Upstream member: the build was manually aborted. */
    public static final @NonNull Result ABORTED = null;

    private Result() {
        throw new UnsupportedOperationException();
    }

}
