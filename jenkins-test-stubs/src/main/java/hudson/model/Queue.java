package hudson.model;

/**
 * Stub of {@code hudson.model.Queue}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Queue.java">core/src/main/java/hudson/model/Queue.java</a>, only for its nested
 * {@link Executable}, the bound of {@code JenkinsRule.buildAndAssertSuccess}.
 */
public class Queue {
    private Queue() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream nested interface: what an executor runs (a build). Upstream extends {@code Runnable} and
     * {@code WithConsoleUrl} and declares {@code getParent()}, {@code getEstimatedDuration()}; all left out.
     */
    public interface Executable {
    }
}
