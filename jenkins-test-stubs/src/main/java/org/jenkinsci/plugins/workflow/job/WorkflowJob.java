package org.jenkinsci.plugins.workflow.job;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.TopLevelItem;
import hudson.model.queue.QueueTaskFuture;
import java.io.IOException;
import jenkins.model.ParameterizedJobMixIn;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/**
 * Stub of {@code org.jenkinsci.plugins.workflow.job.WorkflowJob} from workflow-job: jenkinsci/workflow-job-plugin
 * <a href="https://github.com/jenkinsci/workflow-job-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowJob.java">src/main/java/org/jenkinsci/plugins/workflow/job/WorkflowJob.java</a>
 * @ cb2fc5750c14b74f7f7c52a13cdc7bf87e0ee853 (members read there; that copy implements the raw
 * {@code ParameterizedJobMixIn.ParameterizedJob}, later ones {@code ParameterizedJob<WorkflowJob, WorkflowRun>}, as
 * here). Upstream also implements {@code BuildableItem} (here through {@code ParameterizedJob}, as upstream too),
 * {@code LazyBuildMixIn.LazyLoadingJob}, {@code Queue.FlyweightTask} and {@code SCMTriggerItem}; unused here.
 */
@SuppressWarnings("rawtypes") // as upstream: the constructor takes a raw ItemGroup
public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun>
        implements ParameterizedJobMixIn.ParameterizedJob<WorkflowJob, WorkflowRun>, TopLevelItem {
    /** Upstream constructor. */
    public WorkflowJob(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public FlowDefinition getDefinition() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member (saves the job; a failure to save is logged). */
    public void setDefinition(FlowDefinition definition) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: allows builds of this job to run at once (upstream: a job property). */
    public void setConcurrentBuild(boolean b) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @Override
    public WorkflowRun getBuildByNumber(int n) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @Override
    public @CheckForNull QueueTaskFuture<WorkflowRun> scheduleBuild2(int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException();
    }
}
