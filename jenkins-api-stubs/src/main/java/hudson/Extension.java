package hudson;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import net.java.sezpoz.Indexable;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Stub of {@code hudson.Extension}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/Extension.java">upstream</a>.
 * Only the members the plugin uses; {@code dynamicLoadable()} (type {@code jenkins.YesNoMaybe}) is left out.
 */
@Indexable
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD})
@Documented
public @interface Extension {
    /** Upstream member. */
    double ordinal() default 0;

    /** Upstream member. */
    boolean optional() default false;
}
