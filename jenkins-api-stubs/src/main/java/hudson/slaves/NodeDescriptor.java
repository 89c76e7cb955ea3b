package hudson.slaves;

import hudson.model.Descriptor;
import hudson.model.Node;

/**
 * Stub of {@code hudson.slaves.NodeDescriptor}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/slaves/NodeDescriptor.java">core/src/main/java/hudson/slaves/NodeDescriptor.java</a>
 * ({@code public abstract class NodeDescriptor extends Descriptor<Node>}), the return type of
 * {@link Node#getDescriptor()}. Its own members ({@code isInstantiable}, {@code newInstanceDetailPage},
 * {@code handleNewNodePage}, {@code doCheckName}, {@code all()}, ...) are left out: nothing here calls them.
 */
public abstract class NodeDescriptor extends Descriptor<Node> {
    /** Upstream constructor. */
    protected NodeDescriptor(Class<? extends Node> clazz) {
        super(clazz);
    }

    /** Upstream constructor (infers the described class from the enclosing class). */
    protected NodeDescriptor() {
    }
}
