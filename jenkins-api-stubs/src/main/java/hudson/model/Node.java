package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.FilePath;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.slaves.NodeDescriptor;
import hudson.slaves.NodeProperty;
import hudson.slaves.NodePropertyDescriptor;
import hudson.util.DescribableList;
import jenkins.util.io.OnMaster;

/**
 * Stub of {@code hudson.model.Node}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Node.java">upstream</a>
 * ({@code core/src/main/java/hudson/model/Node.java}). Upstream also extends {@code AbstractModelObject} and
 * implements {@code PersistenceRoot}; unused here. Only the members the plugin and its ITests call are copied.
 */
public abstract class Node implements ReconfigurableDescribable<Node>, ExtensionPoint, AccessControlled, OnMaster {
    /** Stub-only constructor, package-private so the plugin cannot call it. */
    Node() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member (since 2.37): the first property of that type, or null when none is configured. */
    @CheckForNull
    public <T extends NodeProperty> T getNodeProperty(Class<T> clazz) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the computer of this node, null when it has none (no executors, or not yet connected). */
    @CheckForNull
    public final Computer toComputer() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the node's root directory (the agent's remote FS root), null while it is offline. */
    @CheckForNull
    public abstract FilePath getRootPath();

    /** Upstream member: the node's configured properties, a list that saves the node when changed. */
    @NonNull
    public abstract DescribableList<NodeProperty<?>, NodePropertyDescriptor> getNodeProperties();

    /**
     * Upstream member: abstract there too, narrowing {@code Describable.getDescriptor()} to {@link NodeDescriptor}
     * ({@code Slave} narrows it again to {@code Slave.SlaveDescriptor}).
     */
    @Override
    public abstract NodeDescriptor getDescriptor();

    /** Upstream member ({@code @Override} of {@code AccessControlled} there). */
    @Override
    @NonNull
    public ACL getACL() {
        throw new UnsupportedOperationException();
    }
}
