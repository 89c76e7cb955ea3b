package org.kohsuke.accmod.restrictions;

import org.kohsuke.accmod.AccessRestriction;

/** Stub of {@code DoNotUse}: <a href="https://github.com/jenkinsci/lib-access-modifier/blob/master/access-modifier-annotation/src/main/java/org/kohsuke/accmod/restrictions/DoNotUse.java">upstream</a>, the superclass of {@link NoExternalUse}. */
public class DoNotUse extends AccessRestriction {
}
