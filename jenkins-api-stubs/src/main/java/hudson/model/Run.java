package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.File;
import java.io.IOException;

/**
 * Stub of {@code hudson.model.Run}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Run.java">upstream</a>.
 * Upstream also implements {@code ExtensionPoint}, {@code Comparable<RunT>}, {@code AccessControlled},
 * {@code PersistenceRoot}, {@code DescriptorByNameOwner}, {@code OnMaster} and {@code StaplerProxy}; unused here.
 */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {
    /** Stub constructor. */
    protected Run() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static @CheckForNull Run<?, ?> fromExternalizableId(String id) throws IllegalArgumentException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public boolean isBuilding() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public JobT getParent() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public int getNumber() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @NonNull String getExternalizableId() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public File getRootDir() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public void setResult(@NonNull Result r) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @CheckForNull <T extends Cause> T getCause(Class<T> type) {
        throw new UnsupportedOperationException();
    }
}
