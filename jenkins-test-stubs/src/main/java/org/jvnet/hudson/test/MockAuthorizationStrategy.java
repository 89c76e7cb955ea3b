package org.jvnet.hudson.test;

import hudson.model.User;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;

/**
 * Stub of {@code org.jvnet.hudson.test.MockAuthorizationStrategy} from jenkins-test-harness: jenkinsci/jenkins-test-harness
 * <a href="https://github.com/jenkinsci/jenkins-test-harness/blob/master/src/main/java/org/jvnet/hudson/test/MockAuthorizationStrategy.java">src/main/java/org/jvnet/hudson/test/MockAuthorizationStrategy.java</a>
 * @ cc961c9aa7e95535cbeaa19050e2e88a3b445b80. Only the fluent grant chain the ITests use is copied (with both
 * {@code to} overloads); the ACL overrides are left out with the stubbed {@link AuthorizationStrategy}'s abstract members.
 */
public class MockAuthorizationStrategy extends AuthorizationStrategy {
    /** Upstream constructor: grants nothing. */
    public MockAuthorizationStrategy() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: begins a grant ({@code Permission.impliedBy} honoured). */
    public Grant grant(Permission... permissions) {
        throw new UnsupportedOperationException();
    }

    /** Upstream inner class (package-private constructor upstream too). */
    public class Grant {
        Grant() {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public GrantOn everywhere() {
            throw new UnsupportedOperationException();
        }

        /** Upstream inner class. */
        public class GrantOn {
            GrantOn() {
                throw new UnsupportedOperationException();
            }

            /** Upstream member: to some users or groups. */
            public MockAuthorizationStrategy to(String... sids) {
                throw new UnsupportedOperationException();
            }

            /** Upstream member: to some users. */
            public MockAuthorizationStrategy to(User... users) {
                throw new UnsupportedOperationException();
            }
        }
    }
}
