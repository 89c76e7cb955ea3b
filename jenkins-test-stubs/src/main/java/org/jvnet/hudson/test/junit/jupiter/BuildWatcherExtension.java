package org.jvnet.hudson.test.junit.jupiter;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stub of {@code org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension} from jenkins-test-harness: jenkinsci/jenkins-test-harness
 * <a href="https://github.com/jenkinsci/jenkins-test-harness/blob/master/src/main/java/org/jvnet/hudson/test/junit/jupiter/BuildWatcherExtension.java">src/main/java/org/jvnet/hudson/test/junit/jupiter/BuildWatcherExtension.java</a>
 * @ 2043cf9efb20642bec4744ba97dc28e5480a21e0.
 */
public class BuildWatcherExtension implements BeforeAllCallback, AfterAllCallback {
    /** Upstream constructor (implicit). */
    public BuildWatcherExtension() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void beforeAll(@NonNull ExtensionContext extensionContext) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void afterAll(@NonNull ExtensionContext extensionContext) {
        throw new UnsupportedOperationException();
    }
}
