package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import hudson.slaves.NodeProperty;
import jenkins.util.io.OnMaster;

/**
 * Stub of {@code hudson.model.Node}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Node.java">upstream</a>
 * ({@code core/src/main/java/hudson/model/Node.java}). Upstream also extends {@code AbstractModelObject} and
 * implements {@code PersistenceRoot}; unused here. Only the member the plugin calls is copied; the abstract
 * {@code getNodeProperties()} it reads (a {@code DescribableList<NodeProperty<?>, NodePropertyDescriptor>}) is
 * left out with {@code DescribableList}.
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
}
