package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;
import jenkins.model.Jenkins;
import jenkins.util.io.OnMaster;

/** Stub of {@code hudson.ExtensionList}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/ExtensionList.java">upstream</a>. */
public class ExtensionList<T> extends AbstractList<T> implements OnMaster {
    /** Upstream constructor (the {@code Hudson} overloads, deprecated upstream, are left out). */
    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @NonNull
    public static <T> ExtensionList<T> lookup(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @NonNull
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
