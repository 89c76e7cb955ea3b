package org.kohsuke.accmod;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;

/**
 * Stub of {@code Restricted}: <a href="https://github.com/jenkinsci/lib-access-modifier/blob/master/access-modifier-annotation/src/main/java/org/kohsuke/accmod/Restricted.java">upstream</a>. Like upstream it has no {@code @Target}
 * (it may go on any element). Upstream is also meta-annotated {@code @org.jvnet.hudson.annotation_indexer.Indexed};
 * annotation-indexer is not on Maven Central and indexing is irrelevant to a compile check, so that is left out.
 */
@Retention(CLASS)
@Documented
public @interface Restricted {
    /** Upstream member. */
    Class<? extends AccessRestriction>[] value();
}
