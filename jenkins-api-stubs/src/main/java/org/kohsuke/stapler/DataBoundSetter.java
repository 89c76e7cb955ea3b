package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** Stub of {@code DataBoundSetter}: <a href="https://github.com/jenkinsci/stapler/blob/master/core/src/main/java/org/kohsuke/stapler/DataBoundSetter.java">upstream</a>. */
@Retention(RUNTIME)
@Target({METHOD, FIELD})
@Documented
public @interface DataBoundSetter {
}
