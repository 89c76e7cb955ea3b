package hudson.model;

/**
 * Stub of {@code hudson.model.Queue}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Queue.java">core/src/main/java/hudson/model/Queue.java</a>, only for its nested
 * {@link Task} and {@link Executable}, bounds of {@code ParameterizedJobMixIn} and
 * {@code JenkinsRule.buildAndAssertSuccess}.
 */
public class Queue {
    private Queue() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream nested interface: something the queue can schedule (a job). Upstream extends {@code FutureLoad} and
     * {@code SubTask} and declares many (mostly default) members; all left out.
     */
    public interface Task {
    }

    /**
     * Upstream nested interface: what an executor runs (a build). Upstream extends {@code Runnable} and
     * {@code WithConsoleUrl} and declares {@code getParent()}, {@code getEstimatedDuration()}; all left out.
     */
    public interface Executable {
    }
}
