package hudson;

import java.io.IOException;

/** Stub of {@code hudson.AbortException}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/AbortException.java">upstream</a>. */
public final class AbortException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Upstream constructor. */
    public AbortException() {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor. */
    public AbortException(String message) {
        throw new UnsupportedOperationException();
    }
}
