package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.Collection;
import java.util.concurrent.Future;

/**
 * Stub of {@code BodyExecution}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/BodyExecution.java">upstream</a> (implicit constructor, as upstream).
 * The deprecated {@code cancel(CauseOfInterruption...)} is left out; the plugin uses no member.
 */
public abstract class BodyExecution implements Future<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Upstream member. */
    public abstract Collection<StepExecution> getCurrentExecutions();

    /** Upstream member, deprecated upstream: use {@link #cancel(Throwable)}. */
    @Deprecated
    @Override
    public boolean cancel(boolean b) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public boolean cancel(Throwable t) {
        throw new UnsupportedOperationException();
    }
}
