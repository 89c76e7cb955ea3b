package org.jenkinsci.remoting;

/** Stub of {@code org.jenkinsci.remoting.RoleSensitive}: <a href="https://github.com/jenkinsci/remoting/blob/master/src/main/java/org/jenkinsci/remoting/RoleSensitive.java">upstream</a>. */
public interface RoleSensitive {
    /** Upstream member. */
    void checkRoles(RoleChecker checker) throws SecurityException;
}
