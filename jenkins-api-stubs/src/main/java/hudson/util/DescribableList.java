package hudson.util;

import hudson.model.Describable;
import hudson.model.Descriptor;

/**
 * Stub of {@code hudson.util.DescribableList}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/util/DescribableList.java">core/src/main/java/hudson/util/DescribableList.java</a>
 * ({@code public class DescribableList<T extends Describable<T>, D extends Descriptor<T>> extends PersistedList<T>}),
 * the type of {@code Node.getNodeProperties()}. Its own members ({@code get(D)}, {@code replace}, ...) are left out.
 */
public class DescribableList<T extends Describable<T>, D extends Descriptor<T>> extends PersistedList<T> {
    /** Upstream constructor (the public ones take the owner to save). */
    protected DescribableList() {
        throw new UnsupportedOperationException();
    }
}
