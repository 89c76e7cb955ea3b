package org.jenkinsci.plugins.workflow.job;

import hudson.model.Queue;
import hudson.model.Run;
import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

/**
 * Stub of {@code org.jenkinsci.plugins.workflow.job.WorkflowRun} from workflow-job: jenkinsci/workflow-job-plugin
 * <a href="https://github.com/jenkinsci/workflow-job-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowRun.java">src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowRun.java</a>
 * (a Jakarta-era copy: {@code extends Run<WorkflowJob,WorkflowRun> implements FlowExecutionOwner.Executable,
 * LazyBuildMixIn.LazyLoadingRun<WorkflowJob,WorkflowRun>, RunWithSCM<WorkflowJob,WorkflowRun>}). Here it implements
 * {@link Queue.Executable} directly, which upstream reaches through {@code FlowExecutionOwner.Executable}; the other
 * interfaces are unused. The ITests use it mostly through {@link Run}.
 */
public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun> implements Queue.Executable {
    /** Upstream constructor, for a new build. */
    public WorkflowRun(WorkflowJob job) throws IOException {
        super(job);
        throw new UnsupportedOperationException();
    }

    /** Upstream member ({@code @RequirePOST} there): aborts the build, as the stop button does. */
    public synchronized HttpResponse doStop() {
        throw new UnsupportedOperationException();
    }
}
