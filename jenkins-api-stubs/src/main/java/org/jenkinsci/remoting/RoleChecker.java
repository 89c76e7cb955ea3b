package org.jenkinsci.remoting;

/**
 * Stub of {@code org.jenkinsci.remoting.RoleChecker}: <a href="https://github.com/jenkinsci/remoting/blob/master/src/main/java/org/jenkinsci/remoting/RoleChecker.java">upstream</a>
 * (implicit constructor, as upstream). Its {@code check(RoleSensitive, ...)} methods take remoting's {@code Role},
 * which the plugin never touches (it inherits {@code checkRoles} from {@code MasterToSlaveFileCallable}); left out.
 */
public abstract class RoleChecker {
}
