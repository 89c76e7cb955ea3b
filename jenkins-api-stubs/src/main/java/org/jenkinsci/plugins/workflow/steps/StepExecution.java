package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** Stub of {@code StepExecution}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java">upstream</a>. */
public abstract class StepExecution implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Upstream constructor. */
    protected StepExecution(@NonNull StepContext context) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @NonNull
    public StepContext getContext() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
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
}
