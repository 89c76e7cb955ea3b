package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Stub of {@code SynchronousNonBlockingStepExecution}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousNonBlockingStepExecution.java">upstream</a>. */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    private static final long serialVersionUID = 1L;

    /** Upstream constructor. */
    protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
        super(context);
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException();
    }
}
