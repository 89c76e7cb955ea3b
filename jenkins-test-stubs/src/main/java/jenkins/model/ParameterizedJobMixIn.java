package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.BuildableItem;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.QueueTaskFuture;

/**
 * Stub of {@code jenkins.model.ParameterizedJobMixIn} (since 1.556): jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/model/ParameterizedJobMixIn.java">core/src/main/java/jenkins/model/ParameterizedJobMixIn.java</a>,
 * a Jakarta-era copy (its {@code doBuild} takes {@code StaplerRequest2}), only for its nested {@link ParameterizedJob}, a
 * bound of {@code JenkinsRule.buildAndAssertSuccess}; the class's own members are left out.
 */
public abstract class ParameterizedJobMixIn<
        JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
        RunT extends Run<JobT, RunT> & Queue.Executable> {
    /** Upstream constructor (implicit). */
    protected ParameterizedJobMixIn() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream nested interface: a job that can be scheduled with parameters. Upstream also extends
     * {@code TriggeredItem} and has many default members; only {@code scheduleBuild2} is copied.
     */
    public interface ParameterizedJob<
            JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
            RunT extends Run<JobT, RunT> & Queue.Executable> extends BuildableItem {
        /** Upstream member: schedules a build, null when it cannot be (disabled job, vetoed). */
        @CheckForNull
        default QueueTaskFuture<RunT> scheduleBuild2(int quietPeriod, Action... actions) {
            throw new UnsupportedOperationException();
        }
    }
}
