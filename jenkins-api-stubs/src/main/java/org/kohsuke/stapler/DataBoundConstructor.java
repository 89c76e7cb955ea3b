package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** Stub of {@code DataBoundConstructor}: <a href="https://github.com/jenkinsci/stapler/blob/master/core/src/main/java/org/kohsuke/stapler/DataBoundConstructor.java">upstream</a>. */
@Retention(RUNTIME)
@Target(CONSTRUCTOR)
@Documented
public @interface DataBoundConstructor {
}
