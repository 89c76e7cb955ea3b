package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Stub of {@code org.jenkinsci.Symbol}:
 * <a href="https://github.com/jenkinsci/structs-plugin/blob/master/annotation/src/main/java/org/jenkinsci/Symbol.java">upstream</a>.
 * Upstream is also meta-annotated {@code @org.jvnet.hudson.annotation_indexer.Indexed}; annotation-indexer is not
 * on Maven Central and indexing is irrelevant to a compile check, so the meta-annotation is left out.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Documented
public @interface Symbol {
    /** Upstream member. */
    String[] value();
}
