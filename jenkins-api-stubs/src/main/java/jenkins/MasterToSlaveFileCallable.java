package jenkins;

import hudson.FilePath;
import org.jenkinsci.remoting.RoleChecker;

/** Stub of {@code jenkins.MasterToSlaveFileCallable}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/MasterToSlaveFileCallable.java">upstream</a>. */
public abstract class MasterToSlaveFileCallable<T> implements FilePath.FileCallable<T> {
    private static final long serialVersionUID = 1L;

    /** Stub constructor. */
    protected MasterToSlaveFileCallable() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void checkRoles(RoleChecker checker) throws SecurityException {
        throw new UnsupportedOperationException();
    }
}
