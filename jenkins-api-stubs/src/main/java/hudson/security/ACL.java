package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.core.Authentication;

/**
 * Stub of {@code hudson.security.ACL}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/ACL.java">upstream</a>, the return type of
 * {@link AccessControlled#getACL()}, the holder of {@link #SYSTEM2} and of {@link #as2}; its other members are left out
 * (implicit constructor, as upstream). The constant is null here: stubs are never run.
 */
public abstract class ACL {
    /** Upstream member ({@code @since 2.266}; the Acegi {@code SYSTEM} is deprecated). */
    public static final Authentication SYSTEM2 = null;

    /** Upstream member ({@code @since 2.266}): runs what follows as {@code auth} until the context is closed. */
    @NonNull
    public static ACLContext as2(@NonNull Authentication auth) {
        throw new UnsupportedOperationException();
    }
}
