package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;

/**
 * Stub of {@code BodyInvoker}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/BodyInvoker.java">upstream</a> (implicit constructor, as upstream).
 * The static {@code mergeConsoleLogFilters} and {@code mergeLauncherDecorators} are left out (unused).
 */
public abstract class BodyInvoker {
    /** Upstream member. */
    public abstract BodyInvoker withContext(Object override);

    /** Upstream member: concrete upstream, calls {@link #withContext} on each object. */
    public BodyInvoker withContexts(Object... overrides) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: concrete upstream. */
    public BodyInvoker withContexts(Collection<?> overrides) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract BodyInvoker withDisplayName(@NonNull String name);

    /** Upstream member. */
    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    /** Upstream member, deprecated upstream (its javadoc says so): use {@link #withCallback(BodyExecutionCallback)}. */
    public final BodyInvoker withCallback(FutureCallback<Object> callback) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract BodyExecution start();
}
