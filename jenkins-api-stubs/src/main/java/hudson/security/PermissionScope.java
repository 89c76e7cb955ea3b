package hudson.security;

import hudson.model.ModelObject;

/**
 * Stub of {@code hudson.security.PermissionScope}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/PermissionScope.java">upstream</a>.
 * The constants are null here: stubs are never run.
 */
public final class PermissionScope {
    /** Upstream member. */
    public static final PermissionScope JENKINS = null;
    /** Upstream member. */
    public static final PermissionScope ITEM_GROUP = null;
    /** Upstream member. */
    public static final PermissionScope ITEM = null;
    /** Upstream member. */
    public static final PermissionScope RUN = null;
    /** Upstream member. */
    public static final PermissionScope COMPUTER = null;

    /** Upstream member. */
    public final Class<? extends ModelObject> modelClass = null;

    /** Upstream constructor. */
    public PermissionScope(Class<? extends ModelObject> modelClass, PermissionScope... containers) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public boolean isContainedBy(PermissionScope s) {
        throw new UnsupportedOperationException();
    }
}
