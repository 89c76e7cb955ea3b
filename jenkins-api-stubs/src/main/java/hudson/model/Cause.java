package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Stub of {@code hudson.model.Cause}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Cause.java">upstream</a> (implicit constructor, as upstream). */
public abstract class Cause {
    /** Upstream member. */
    public abstract String getShortDescription();

    /** Stub of the nested {@code hudson.model.Cause.UserIdCause}. */
    public static class UserIdCause extends Cause {
        /** Upstream constructor: the current user. */
        public UserIdCause() {
            throw new UnsupportedOperationException();
        }

        /** Upstream constructor. */
        public UserIdCause(@CheckForNull String userId) {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        @CheckForNull
        public String getUserId() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getShortDescription() {
            throw new UnsupportedOperationException();
        }
    }
}
