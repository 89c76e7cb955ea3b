package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Stub of {@code QueryParameter}: <a href="https://github.com/jenkinsci/stapler/blob/master/core/src/main/java/org/kohsuke/stapler/QueryParameter.java">upstream</a>
 * ({@code core/src/main/java/org/kohsuke/stapler/QueryParameter.java}). Upstream is also meta-annotated
 * {@code @InjectedParameter(HandlerImpl.class)} and has the nested {@code HandlerImpl} that reads the request at run
 * time; irrelevant to a compile check, left out.
 */
@Retention(RUNTIME)
@Target(PARAMETER)
@Documented
public @interface QueryParameter {
    /** Upstream member: the query parameter's name, by default the Java parameter's. */
    String value() default "";

    /** Upstream member. */
    boolean required() default false;

    /** Upstream member. */
    boolean fixEmpty() default false;
}
