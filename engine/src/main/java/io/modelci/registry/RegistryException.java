package io.modelci.registry;

/**
 * The registry's storage failed: unreachable, locked, corrupt, newer than this program, or busy beyond the retry
 * budget. The message says what happened and what to do, with any password removed from URLs; the command line
 * maps it to exit code 3.
 */
public class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RegistryException(final String message) {
        super(message);
    }

    public RegistryException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
