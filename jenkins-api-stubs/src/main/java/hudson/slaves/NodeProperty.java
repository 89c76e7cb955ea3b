package hudson.slaves;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.model.Node;
import hudson.model.ReconfigurableDescribable;
import hudson.model.TaskListener;
import java.io.IOException;

/**
 * Stub of {@code hudson.slaves.NodeProperty}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/slaves/NodeProperty.java">upstream</a>
 * ({@code core/src/main/java/hudson/slaves/NodeProperty.java}). Left out (unused, and needing types the stubs do
 * not have): {@code canTake}, {@code setUp}, {@code reconfigure}, {@code all()}, {@code for_(Node)}.
 */
public abstract class NodeProperty<N extends Node> implements ReconfigurableDescribable<NodeProperty<?>>, ExtensionPoint {
    /** Upstream field, set by the node that holds the property. */
    protected transient N node;

    /** Upstream member. */
    protected void setNode(N node) {
        this.node = node;
    }

    /** Upstream member (concrete upstream: looks the descriptor up in Jenkins). */
    @Override
    public NodePropertyDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member (since 1.489): node-scoped environment variables; a no-op by default. */
    public void buildEnvVars(@NonNull EnvVars env, @NonNull TaskListener listener) throws IOException, InterruptedException {
        // default is no-op upstream
    }
}
