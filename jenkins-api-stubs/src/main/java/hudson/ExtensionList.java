package hudson;

import java.util.AbstractList;

/**
 * Stub of {@code hudson.ExtensionList}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/ExtensionList.java">upstream</a>.
 * Upstream also implements {@code jenkins.util.io.OnMaster}, which the plugin does not use.
 */
public class ExtensionList<T> extends AbstractList<T> {
    /** Stub constructor: upstream's constructors are protected and unused here. */
    protected ExtensionList() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static <U> U lookupSingleton(Class<U> type) {
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
