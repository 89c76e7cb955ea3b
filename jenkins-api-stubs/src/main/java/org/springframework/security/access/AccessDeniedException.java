package org.springframework.security.access;

/**
 * Stub of Spring Security's {@code AccessDeniedException} (unchecked), which Jenkins core declares in the
 * {@code throws} clauses of {@code AccessControlled.checkPermission} and {@code Run.fromExternalizableId}.
 */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Upstream constructor. */
    public AccessDeniedException(String msg) {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor. */
    public AccessDeniedException(String msg, Throwable cause) {
        throw new UnsupportedOperationException();
    }
}
