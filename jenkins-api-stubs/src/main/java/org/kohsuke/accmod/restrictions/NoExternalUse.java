package org.kohsuke.accmod.restrictions;

import org.kohsuke.accmod.AccessRestriction;

/** Stub of {@code NoExternalUse}: <a href="https://github.com/jenkinsci/lib-access-modifier/blob/master/access-modifier-annotation/src/main/java/org/kohsuke/accmod/restrictions/NoExternalUse.java">upstream</a>. */
public class NoExternalUse extends AccessRestriction {
    /** Upstream constructor (implicit upstream). */
    public NoExternalUse() {
        throw new UnsupportedOperationException();
    }
}
