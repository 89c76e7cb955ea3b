package hudson.model;

/** Stub of {@code hudson.model.Describable}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Describable.java">upstream</a>. */
public interface Describable<T extends Describable<T>> {
    /** Upstream member (a default method upstream since 2.49x; abstract in 2.479). */
    Descriptor<T> getDescriptor();
}
