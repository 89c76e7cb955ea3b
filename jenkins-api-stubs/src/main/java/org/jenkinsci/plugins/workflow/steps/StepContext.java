package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.ListenableFuture;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Result;
import java.io.IOException;
import java.io.Serializable;

/** Stub of {@code StepContext}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java">upstream</a> (implicit constructor, as upstream). */
public abstract class StepContext implements FutureCallback<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Upstream member. */
    public abstract @Nullable <T> T get(Class<T> key) throws IOException, InterruptedException;

    /** Upstream member. */
    @Override
    public abstract void onSuccess(@Nullable Object result);

    /** Upstream member. */
    public abstract boolean isReady();

    /** Upstream member. */
    public abstract ListenableFuture<Void> saveState();

    /** Upstream member. */
    public abstract void setResult(Result r);

    /** Upstream member. */
    public abstract BodyInvoker newBodyInvoker() throws IllegalStateException;

    /** Upstream member. */
    public boolean hasBody() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @Override
    public abstract boolean equals(Object o);

    /** Upstream member. */
    @Override
    public abstract int hashCode();
}
