package hudson.security;

/**
 * Stub of {@code hudson.security.ACL}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/ACL.java">upstream</a>, only as the return
 * type of {@link AccessControlled#getACL()}; the plugin calls none of its members (implicit constructor, as upstream).
 */
public abstract class ACL {
}
