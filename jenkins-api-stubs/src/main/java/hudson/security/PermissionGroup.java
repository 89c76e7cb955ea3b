package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.jvnet.localizer.Localizable;

/**
 * Stub of {@code hudson.security.PermissionGroup}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/PermissionGroup.java">upstream</a>.
 * Upstream also implements {@code Iterable<Permission>} and {@code Comparable<PermissionGroup>}; unused here.
 */
public final class PermissionGroup {
    /** Upstream constructor. */
    @SuppressWarnings("rawtypes")
    public PermissionGroup(@NonNull Class owner, Localizable title) throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor (since 2.127). */
    @SuppressWarnings("rawtypes")
    public PermissionGroup(String id, @NonNull Class owner, Localizable title) throws IllegalStateException {
        throw new UnsupportedOperationException();
    }
}
