package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.concurrent.Future;

/** Stub of {@code BodyExecution}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/BodyExecution.java">upstream</a>; no member is used. */
public abstract class BodyExecution implements Future<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Stub constructor. */
    protected BodyExecution() {
        throw new UnsupportedOperationException();
    }
}
