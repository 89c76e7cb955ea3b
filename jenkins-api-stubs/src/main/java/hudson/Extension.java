package hudson;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static jenkins.YesNoMaybe.MAYBE;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import jenkins.YesNoMaybe;
import net.java.sezpoz.Indexable;

/** Stub of {@code hudson.Extension}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/Extension.java">upstream</a>. */
@Indexable
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD})
@Documented
public @interface Extension {
    /** Upstream member. */
    double ordinal() default 0;

    /** Upstream member (deprecated upstream). */
    @Deprecated
    boolean optional() default false;

    /** Upstream member. */
    YesNoMaybe dynamicLoadable() default MAYBE;
}
