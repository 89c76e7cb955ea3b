package org.kohsuke.accmod;

/**
 * Stub of {@code AccessRestriction}: <a href="https://github.com/jenkinsci/lib-access-modifier/blob/master/access-modifier-annotation/src/main/java/org/kohsuke/accmod/AccessRestriction.java">upstream</a> (implicit constructor, as upstream).
 * Its abstract checking methods (used only by the access-modifier checker, with types from its impl package) are left out.
 */
public abstract class AccessRestriction {
}
