package org.jvnet.hudson.test.junit.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stub of {@code org.jvnet.hudson.test.junit.jupiter.WithJenkins} from jenkins-test-harness: jenkinsci/jenkins-test-harness
 * <a href="https://github.com/jenkinsci/jenkins-test-harness/blob/master/src/main/java/org/jvnet/hudson/test/junit/jupiter/WithJenkins.java">src/main/java/org/jvnet/hudson/test/junit/jupiter/WithJenkins.java</a>
 * @ 0a263329b260f7d3930048b3ffe036cdd2b0ed5b. Upstream is also meta-annotated
 * {@code @ExtendWith(JenkinsExtension.class)}, which resolves the {@code JenkinsRule} test parameters; left out, since
 * nothing here runs the ITests.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithJenkins {
}
