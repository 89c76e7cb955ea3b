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
 * The plugin uses no member ({@code ordinal}, {@code optional}, {@code dynamicLoadable} are left out).
 */
@Indexable
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD})
@Documented
public @interface Extension {
}
