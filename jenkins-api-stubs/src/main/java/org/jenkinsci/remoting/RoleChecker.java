package org.jenkinsci.remoting;

/** Stub of {@code org.jenkinsci.remoting.RoleChecker}: <a href="https://github.com/jenkinsci/remoting/blob/master/src/main/java/org/jenkinsci/remoting/RoleChecker.java">upstream</a>. */
public abstract class RoleChecker {
    /** Stub constructor. */
    protected RoleChecker() {
        throw new UnsupportedOperationException();
    }
}
