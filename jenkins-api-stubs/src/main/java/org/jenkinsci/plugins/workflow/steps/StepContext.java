package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.io.Serializable;

/** Stub of {@code StepContext}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java">upstream</a>. */
public abstract class StepContext implements FutureCallback<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Stub constructor. */
    protected StepContext() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @CheckForNull
    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    /** Upstream member. */
    public abstract BodyInvoker newBodyInvoker() throws IllegalStateException;

}
