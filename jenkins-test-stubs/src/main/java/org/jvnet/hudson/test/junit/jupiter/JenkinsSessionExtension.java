package org.jvnet.hudson.test.junit.jupiter;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jvnet.hudson.test.fixtures.JenkinsSessionFixture;

/**
 * Stub of {@code org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension} from jenkins-test-harness: jenkinsci/jenkins-test-harness
 * <a href="https://github.com/jenkinsci/jenkins-test-harness/blob/master/src/main/java/org/jvnet/hudson/test/junit/jupiter/JenkinsSessionExtension.java">src/main/java/org/jvnet/hudson/test/junit/jupiter/JenkinsSessionExtension.java</a>
 * @ 2043cf9efb20642bec4744ba97dc28e5480a21e0 ({@code getHome()} left out).
 */
public class JenkinsSessionExtension implements BeforeEachCallback, AfterEachCallback {
    /** Upstream constructor (implicit). */
    public JenkinsSessionExtension() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void beforeEach(@NonNull ExtensionContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void afterEach(@NonNull ExtensionContext context) {
        throw new UnsupportedOperationException();
    }

    /** Upstream nested interface: one step, a lambda for {@link #then}. */
    @FunctionalInterface
    public interface Step extends JenkinsSessionFixture.Step {
    }

    /** Upstream member: runs one Jenkins session (same home each time) and shuts it down. */
    public void then(Step s) throws Throwable {
        throw new UnsupportedOperationException();
    }
}
