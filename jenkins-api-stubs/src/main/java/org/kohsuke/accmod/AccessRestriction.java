package org.kohsuke.accmod;

/**
 * Stub of {@code AccessRestriction}: <a href="https://github.com/jenkinsci/lib-access-modifier/blob/master/access-modifier-annotation/src/main/java/org/kohsuke/accmod/AccessRestriction.java">upstream</a>.
 * Its abstract checking methods (used only by the access-modifier checker) are left out.
 */
public abstract class AccessRestriction {
    /** Stub constructor. */
    protected AccessRestriction() {
        throw new UnsupportedOperationException();
    }
}
