package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/**
 * Stub of {@code hudson.security.AuthorizationStrategy}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/AuthorizationStrategy.java">core/src/main/java/hudson/security/AuthorizationStrategy.java</a>
 * ({@code public abstract class AuthorizationStrategy extends AbstractDescribableImpl<AuthorizationStrategy>
 * implements ExtensionPoint}), only as the parameter type of {@code Jenkins.setAuthorizationStrategy}. Its abstract
 * {@code getRootACL()} and {@code getGroups()} are left out (the plugin and its ITests call neither).
 */
public abstract class AuthorizationStrategy extends AbstractDescribableImpl<AuthorizationStrategy>
        implements ExtensionPoint {
}
