package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.IOException;

/**
 * Stub of {@code hudson.model.Computer}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Computer.java">upstream</a>.
 * Upstream also implements {@code IComputer}, {@code ExecutorListener}, {@code DescriptorByNameOwner},
 * {@code StaplerProxy} and {@code HasWidgets}; unused here.
 */
public abstract class Computer extends Actionable implements AccessControlled {
    /** Upstream member ({@code PermissionScope.COMPUTER}, implied by {@code Permission.CONFIGURE}). Null here: stubs are never run. */
    public static final Permission CONFIGURE = null;
    /** Upstream member ({@code PermissionScope.JENKINS}, implied by {@code Permission.CREATE}). */
    public static final Permission CREATE = null;

    /** Stub-only constructor, package-private so the plugin cannot call it (upstream's takes a {@code Node}). */
    Computer() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the node's name, {@code ""} for the built-in node. */
    @NonNull
    public String getName() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member ({@code @Override} of {@code IComputer} there): "computer/NAME/", no leading slash. */
    @NonNull
    public String getUrl() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream member: the environment variables of the agent's JVM (cached; a copy), read through its channel; the
     * controller's for the built-in node.
     */
    public EnvVars getEnvironment() throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream member (since 1.489): the variables the global and the node's node properties add for processes
     * launched on this node, and {@code JENKINS_URL}; an override to apply over {@link #getEnvironment()}.
     */
    public @NonNull EnvVars buildEnvironment(@NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the node this computer stands for, null when the node was removed meanwhile. */
    @CheckForNull
    public Node getNode() {
        throw new UnsupportedOperationException();
    }
}
