package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

/**
 * Stub of {@code hudson.model.Actionable}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Actionable.java">upstream</a>
 * (implicit constructor, as upstream).
 * Upstream extends {@code AbstractModelObject} and implements {@code ModelObjectWithContextMenu}; neither is used here.
 */
public abstract class Actionable {
    /** Upstream member. */
    public void addAction(@NonNull Action a) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public boolean addOrReplaceAction(@NonNull Action a) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the first action of that type, or null. */
    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @NonNull
    public <T extends Action> List<T> getActions(Class<T> type) {
        throw new UnsupportedOperationException();
    }
}
