package hudson.security;

/**
 * Stub of {@code hudson.security.AbstractPasswordBasedSecurityRealm}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/AbstractPasswordBasedSecurityRealm.java">core/src/main/java/hudson/security/AbstractPasswordBasedSecurityRealm.java</a>
 * ({@code public abstract class AbstractPasswordBasedSecurityRealm extends SecurityRealm}), the parent of
 * {@code JenkinsRule.DummySecurityRealm}; its members are left out.
 */
public abstract class AbstractPasswordBasedSecurityRealm extends SecurityRealm {
}
