package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stub of {@code hudson.model.User}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/User.java">upstream</a>.
 * Upstream extends {@code AbstractModelObject} and implements {@code AccessControlled}, {@code DescriptorByNameOwner},
 * {@code Saveable}, {@code Comparable<User>}, {@code ModelObjectWithContextMenu} and {@code StaplerProxy}; unused here.
 */
public class User {
    private User() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static @CheckForNull User current() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @NonNull String getId() {
        throw new UnsupportedOperationException();
    }
}
