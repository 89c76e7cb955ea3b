package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stub of {@code hudson.model.Descriptor}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Descriptor.java">upstream</a>.
 * Upstream implements {@code Saveable}, {@code Loadable} and {@code OnMaster}; the plugin calls
 * {@link #load()} and {@link #save()} on the descriptor itself only.
 */
public abstract class Descriptor<T extends Describable<T>> {
    /** Upstream constructor (infers the described class from the enclosing class). */
    protected Descriptor() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public synchronized void load() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public synchronized void save() {
        throw new UnsupportedOperationException();
    }
}
