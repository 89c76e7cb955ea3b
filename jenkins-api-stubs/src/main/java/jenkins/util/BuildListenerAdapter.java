package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import java.io.PrintStream;

/**
 * Stub of {@code jenkins.util.BuildListenerAdapter} (since 1.577, public, not {@code @Restricted}):
 * jenkinsci/jenkins <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/util/BuildListenerAdapter.java">core/src/main/java/jenkins/util/BuildListenerAdapter.java</a>
 * @ 445323da5bd17512269ceca50b103040451025f7; core's {@code hudson.tasks.ArtifactArchiver#perform} passes
 * {@code BuildListenerAdapter.wrap(listener)} to {@code ArtifactManager.archive}. The delegating
 * {@code annotate}, {@code hyperlink}, {@code error} and {@code fatalError} overrides are left out.
 */
public final class BuildListenerAdapter implements BuildListener {
    /** Upstream constructor. */
    public BuildListenerAdapter(TaskListener delegate) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @Override
    public PrintStream getLogger() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the listener itself when it already is a {@link BuildListener}, else an adapter. */
    public static BuildListener wrap(TaskListener l) {
        throw new UnsupportedOperationException();
    }
}
