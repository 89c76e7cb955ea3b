package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/**
 * Stub of {@code hudson.security.SecurityRealm}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/SecurityRealm.java">core/src/main/java/hudson/security/SecurityRealm.java</a>
 * ({@code public abstract class SecurityRealm extends AbstractDescribableImpl<SecurityRealm> implements ExtensionPoint},
 * implicit public constructor), only as the parameter type of {@code Jenkins.setSecurityRealm}; its members are left
 * out (the plugin and its ITests call none).
 */
public abstract class SecurityRealm extends AbstractDescribableImpl<SecurityRealm> implements ExtensionPoint {
}
