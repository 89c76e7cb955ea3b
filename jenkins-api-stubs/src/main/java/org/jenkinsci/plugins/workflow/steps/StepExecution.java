package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;

/**
 * Stub of {@code StepExecution}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java">upstream</a>.
 * The static {@code applyAll} overloads are left out (unused).
 */
public abstract class StepExecution implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Upstream constructor, deprecated upstream (Guice injection). */
    @Deprecated
    protected StepExecution() {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor. */
    protected StepExecution(@NonNull StepContext context) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @NonNull StepContext getContext() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: runs on the CPS VM thread, so it must not block or do I/O. */
    public abstract boolean start() throws Exception;

    /** Upstream member. */
    public void stop(@NonNull Throwable cause) throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public void onResume() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @CheckForNull String getStatus() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public boolean blocksRestart() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public final @CheckForNull String getStatusBounded(long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }
}
