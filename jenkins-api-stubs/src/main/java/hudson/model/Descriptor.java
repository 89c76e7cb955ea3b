package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.util.io.OnMaster;

/**
 * Stub of {@code hudson.model.Descriptor}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Descriptor.java">upstream</a>.
 * Upstream also implements {@code jenkins.model.Loadable} (newer cores); the plugin calls {@link #load()} and
 * {@link #save()} on the descriptor itself only.
 */
public abstract class Descriptor<T extends Describable<T>> implements Saveable, OnMaster {
    /** Upstream constructor; pass {@link #self()} to describe the descriptor itself. */
    protected Descriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException();
    }

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
    @Override
    public synchronized void save() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member (raw, as upstream). */
    @SuppressWarnings("rawtypes")
    protected static Class self() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream nested class: a form submission the describable refuses. Upstream also implements Stapler's
     * {@code HttpResponse}; only the type (thrown by {@code CpsFlowDefinition}'s constructor) is needed here.
     */
    public static final class FormException extends Exception {
        private static final long serialVersionUID = 1L;

        /** Upstream constructor. */
        public FormException(String message, String field) {
            throw new UnsupportedOperationException();
        }
    }
}
