package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Stub of {@code hudson.model.Cause}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Cause.java">upstream</a>. */
public abstract class Cause {
    /** Stub constructor. */
    protected Cause() {
        throw new UnsupportedOperationException();
    }

    /** Stub of the nested {@code hudson.model.Cause.UserIdCause}. */
    public static class UserIdCause extends Cause {
        /** Upstream constructor. */
        public UserIdCause() {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        @CheckForNull
        public String getUserId() {
            throw new UnsupportedOperationException();
        }
    }
}
