package org.jenkinsci.plugins.workflow.steps;

/** Stub of {@code BodyInvoker}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/BodyInvoker.java">upstream</a>. */
public abstract class BodyInvoker {
    /** Stub constructor. */
    protected BodyInvoker() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract BodyInvoker withContexts(Object... overrides);

    /** Upstream member. */
    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    /** Upstream member. */
    public abstract BodyExecution start();
}
