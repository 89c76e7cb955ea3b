package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Stub of {@code AncestorInPath}: <a href="https://github.com/jenkinsci/stapler/blob/master/core/src/main/java/org/kohsuke/stapler/AncestorInPath.java">upstream</a>
 * ({@code core/src/main/java/org/kohsuke/stapler/AncestorInPath.java}): the parameter is the nearest object of its
 * type among the request's ancestors, or null. Upstream is also meta-annotated {@code @InjectedParameter(HandlerImpl.class)}
 * with the nested {@code HandlerImpl}; runtime only, left out.
 */
@Retention(RUNTIME)
@Target(PARAMETER)
@Documented
public @interface AncestorInPath {
}
