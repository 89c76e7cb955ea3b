package hudson.util;

import java.util.AbstractList;

/**
 * Stub of {@code hudson.util.PersistedList}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/util/PersistedList.java">core/src/main/java/hudson/util/PersistedList.java</a>
 * ({@code public class PersistedList<T> extends AbstractList<T>}): a list that saves its owner when changed. Only the
 * members {@code AbstractList} makes abstract are declared; upstream's own overrides behave as {@code List}'s.
 */
public class PersistedList<T> extends AbstractList<T> {
    /** Stub-only constructor, package-private (upstream's take the owner). */
    PersistedList() {
        throw new UnsupportedOperationException();
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException();
    }
}
