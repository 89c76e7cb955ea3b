package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;

/** Stub of {@code jenkins.model.TransientActionFactory}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/model/TransientActionFactory.java">upstream</a>. */
public abstract class TransientActionFactory<T> implements ExtensionPoint {
    /** Stub constructor. */
    protected TransientActionFactory() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract Class<T> type();

    /** Upstream member. */
    public Class<? extends Action> actionType() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract @NonNull Collection<? extends Action> createFor(@NonNull T target);
}
