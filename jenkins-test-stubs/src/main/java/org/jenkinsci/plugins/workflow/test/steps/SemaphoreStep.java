package org.jenkinsci.plugins.workflow.test.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Stub of {@code org.jenkinsci.plugins.workflow.test.steps.SemaphoreStep}, the {@code semaphore 'id'} step, from the
 * {@code tests} jar of workflow-support (not workflow-step-api): jenkinsci/workflow-support-plugin
 * <a href="https://github.com/jenkinsci/workflow-support-plugin/blob/master/src/test/java/org/jenkinsci/plugins/workflow/test/steps/SemaphoreStep.java">src/test/java/org/jenkinsci/plugins/workflow/test/steps/SemaphoreStep.java</a>
 * @ 99c9124c940737fff05e95a20cea39edffcbaea8. Each {@code semaphore 'x'} of a Jenkins home gets the key
 * {@code x/N}, N counting from 1. The deprecated instance members are left out.
 */
public final class SemaphoreStep extends Step implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Upstream {@code @DataBoundConstructor}. */
    public SemaphoreStep(String id) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public String getId() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: completes step {@code k} with that value, or makes it complete at once when it starts. */
    public static void success(String k, Object returnValue) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: fails step {@code k}, or makes it fail at once when it starts. */
    public static void failure(String k, Throwable error) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: waits until step {@code k} has started; fails with the log when the build ends first. */
    public static void waitForStart(@NonNull String k, @CheckForNull Run<?, ?> b) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @Override
    public StepExecution start(StepContext context) throws Exception {
        throw new UnsupportedOperationException();
    }
}
