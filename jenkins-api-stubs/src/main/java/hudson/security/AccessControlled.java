package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stub of {@code hudson.security.AccessControlled}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/AccessControlled.java">upstream</a>.
 * Upstream's abstract {@code getACL()} is left out (the plugin never implements this interface), and
 * {@code checkPermission} declares {@code throws org.springframework.security.access.AccessDeniedException},
 * an unchecked exception, left out so the stubs need no Spring Security.
 */
public interface AccessControlled {
    /** Upstream member. */
    default void checkPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    default boolean hasPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException();
    }
}
