package hudson.model;

/**
 * Stub of {@code hudson.model.BuildableItem}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/BuildableItem.java">core/src/main/java/hudson/model/BuildableItem.java</a>
 * ({@code public interface BuildableItem extends Item, Queue.Task}), the parent of
 * {@code ParameterizedJobMixIn.ParameterizedJob} that makes a parameterized job a {@code Queue.Task}. Its
 * {@code scheduleBuild} members are left out.
 */
public interface BuildableItem extends Item, Queue.Task {
}
