package org.kohsuke.accmod;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;

/** Stub of {@code Restricted}: <a href="https://github.com/jenkinsci/lib-access-modifier/blob/master/access-modifier-annotation/src/main/java/org/kohsuke/accmod/Restricted.java">upstream</a>. */
@Retention(RetentionPolicy.CLASS)
@Target({TYPE, METHOD, FIELD, CONSTRUCTOR})
@Documented
public @interface Restricted {
    /** Upstream member. */
    Class<? extends AccessRestriction>[] value();
}
