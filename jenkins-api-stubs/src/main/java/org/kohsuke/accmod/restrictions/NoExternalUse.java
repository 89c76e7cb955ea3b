package org.kohsuke.accmod.restrictions;

/** Stub of {@code NoExternalUse}: <a href="https://github.com/jenkinsci/lib-access-modifier/blob/master/access-modifier-annotation/src/main/java/org/kohsuke/accmod/restrictions/NoExternalUse.java">upstream</a> (implicit constructor, as upstream). */
public class NoExternalUse extends DoNotUse {
}
