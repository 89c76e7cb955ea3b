package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.io.Serializable;

/** Stub of {@code BodyExecutionCallback}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/BodyExecutionCallback.java">upstream</a> (implicit constructors, as upstream). */
public abstract class BodyExecutionCallback implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Upstream member. */
    public void onStart(StepContext context) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract void onSuccess(StepContext context, Object result);

    /** Upstream member. */
    public abstract void onFailure(StepContext context, Throwable t);

    /** Upstream member. */
    public static BodyExecutionCallback wrap(FutureCallback<Object> v) {
        throw new UnsupportedOperationException();
    }

    /** Stub of the nested {@code BodyExecutionCallback.TailCall}. */
    public abstract static class TailCall extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;

        /** Upstream member: runs on the CPS VM thread, so it must not block or do I/O. */
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
