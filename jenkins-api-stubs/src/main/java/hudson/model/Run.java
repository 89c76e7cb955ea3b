package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.AccessControlled;
import java.io.File;
import hudson.security.ACL;
import java.io.IOException;
import java.util.List;
import jenkins.model.ArtifactManager;
import org.springframework.security.access.AccessDeniedException;

/**
 * Stub of {@code hudson.model.Run}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Run.java">upstream</a>.
 * Upstream also implements {@code ExtensionPoint}, {@code Comparable<RunT>}, {@code PersistenceRoot},
 * {@code DescriptorByNameOwner}, {@code OnMaster}, {@code StaplerProxy}, {@code HistoricalBuild} and
 * {@code WithConsoleUrl}; unused here.
 */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements AccessControlled {
    /** Stub-only constructor, package-private so the plugin cannot call it (upstream's take the job). */
    Run() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream constructor, for a new build (the ITests' stubbed {@code WorkflowRun} extends it); upstream also has
     * {@code protected Run(JobT, Calendar)}, {@code Run(JobT, long)} and {@code Run(JobT, File)}.
     */
    protected Run(@NonNull JobT job) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @CheckForNull static Run<?, ?> fromExternalizableId(String id)
            throws IllegalArgumentException, AccessDeniedException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public boolean isBuilding() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public int getNumber() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream member ({@code @Override} there, of an interface not copied): "job/foo/32/", trailing slash, no
     * leading slash.
     */
    public @NonNull String getUrl() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @NonNull String getExternalizableId() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @NonNull File getRootDir() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream member (since 1.532): the manager to archive with, chosen once per build from the configured
     * {@code ArtifactManagerFactory}s (artifact-manager-s3 and the like), else the standard one.
     */
    public final synchronized @NonNull ArtifactManager pickArtifactManager() throws IOException {
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

    /** Upstream member ({@code @Override} of {@code AccessControlled} there). */
    @Override
    public @NonNull ACL getACL() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the archived files, read through {@link #getArtifactManager()}. */
    public @NonNull List<Artifact> getArtifacts() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member (since 1.532): the manager to read archived files with. */
    public final @NonNull ArtifactManager getArtifactManager() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream inner (non-static) class {@code Run.Artifact}, {@code @ExportedBean} there. Only the field read by the
     * ITests is copied; upstream's constructors are package-private.
     */
    public class Artifact {
        /** Upstream member: the path relative to the archive root, {@code /}-separated. */
        public final String relativePath;

        Artifact() {
            throw new UnsupportedOperationException();
        }
    }
}
