package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.access.AccessDeniedException;

/**
 * Stub of {@code hudson.security.AccessControlled}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/AccessControlled.java">upstream</a>.
 * The {@code Authentication}-taking overloads are left out (they need Spring Security types the plugin never uses).
 */
public interface AccessControlled {
    /** Upstream member. */
    @NonNull
    ACL getACL();

    /** Upstream member. */
    default void checkPermission(@NonNull Permission permission) throws AccessDeniedException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    default void checkAnyPermission(@NonNull Permission... permission) throws AccessDeniedException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    default boolean hasPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    default boolean hasAnyPermission(@NonNull Permission... permission) {
        throw new UnsupportedOperationException();
    }
}
