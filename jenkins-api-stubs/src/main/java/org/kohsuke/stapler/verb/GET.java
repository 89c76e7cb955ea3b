package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Stub of {@code GET}: <a href="https://github.com/jenkinsci/stapler/blob/master/core/src/main/java/org/kohsuke/stapler/verb/GET.java">upstream</a>.
 * Upstream is also meta-annotated {@code @InterceptorAnnotation(HttpVerbInterceptor.class)}, which is what makes
 * Stapler refuse other verbs at run time; irrelevant to a compile check, left out.
 */
@Target(METHOD)
@Retention(RUNTIME)
@Documented
public @interface GET {
}
