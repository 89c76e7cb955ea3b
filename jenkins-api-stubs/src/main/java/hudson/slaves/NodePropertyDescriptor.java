package hudson.slaves;

import hudson.model.Node;
import hudson.tools.PropertyDescriptor;

/**
 * Stub of {@code hudson.slaves.NodePropertyDescriptor}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/slaves/NodePropertyDescriptor.java">upstream</a>
 * ({@code core/src/main/java/hudson/slaves/NodePropertyDescriptor.java}).
 */
public abstract class NodePropertyDescriptor extends PropertyDescriptor<NodeProperty<?>, Node> {
    /** Upstream constructor. */
    protected NodePropertyDescriptor(Class<? extends NodeProperty<?>> clazz) {
        super(clazz);
    }

    /** Upstream constructor (infers the described class). */
    protected NodePropertyDescriptor() {
    }
}
