package hudson.security;

/**
 * Stub of {@code hudson.security.ACLContext}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/ACLContext.java">upstream</a>
 * ({@code public class ACLContext implements AutoCloseable}, since 2.14; its constructor is package-private there
 * too, so only {@link ACL#as2} makes one). {@code getPreviousContext2()} and the deprecated
 * {@code getPreviousContext()} are left out.
 */
public class ACLContext implements AutoCloseable {
    /** Stub-only constructor, package-private as upstream's (which takes the previous {@code SecurityContext}). */
    ACLContext() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: restores the previous security context. */
    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
