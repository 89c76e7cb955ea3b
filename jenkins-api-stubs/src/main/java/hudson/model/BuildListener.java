package hudson.model;

/**
 * Stub of {@code hudson.model.BuildListener}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/BuildListener.java">upstream</a>
 * ({@code public interface BuildListener extends TaskListener}). Its {@code started(List<Cause>)} and
 * {@code finished(Result)} (default methods in current core) are left out: the plugin only passes a
 * {@link jenkins.util.BuildListenerAdapter#wrap(TaskListener)} to {@link jenkins.model.ArtifactManager}.
 */
public interface BuildListener extends TaskListener {
}
