package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** Stub of {@code BodyExecutionCallback}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/BodyExecutionCallback.java">upstream</a>. */
public abstract class BodyExecutionCallback implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Stub constructor. */
    protected BodyExecutionCallback() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract void onSuccess(StepContext context, Object result);

    /** Upstream member. */
    public abstract void onFailure(StepContext context, Throwable t);

    /** Stub of the nested {@code BodyExecutionCallback.TailCall}. */
    public abstract static class TailCall extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;

        /** Stub constructor. */
        protected TailCall() {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        protected abstract void finished(StepContext context) throws Exception;

        @Override
        public final void onSuccess(StepContext context, Object result) {
            throw new UnsupportedOperationException();
        }

        @Override
        public final void onFailure(StepContext context, Throwable t) {
            throw new UnsupportedOperationException();
        }
    }
}
