package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.FilePath;
import hudson.slaves.NodeDescriptor;
import hudson.slaves.NodeProperty;
import hudson.slaves.NodePropertyDescriptor;
import hudson.util.DescribableList;
import java.io.Serializable;

/**
 * Stub of {@code hudson.model.Slave}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Slave.java">core/src/main/java/hudson/model/Slave.java</a>
 * ({@code public abstract class Slave extends Node implements Serializable}), the parent of {@code DumbSlave}.
 */
public abstract class Slave extends Node implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Stub-only constructor, protected so that {@code hudson.slaves.DumbSlave} can extend it (upstream's take the
     * name, remote root and launcher, and throw {@code FormException, IOException}).
     */
    protected Slave() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the remote FS root through the agent's channel, null while it is offline. */
    @CheckForNull
    @Override
    public FilePath getRootPath() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @Override
    @NonNull
    public DescribableList<NodeProperty<?>, NodePropertyDescriptor> getNodeProperties() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the descriptor of this agent type, which must be a {@link SlaveDescriptor}. */
    @Override
    public SlaveDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream nested class ({@code public abstract static class SlaveDescriptor extends NodeDescriptor}); its
     * {@code doCheck*} form checks are left out.
     */
    public abstract static class SlaveDescriptor extends NodeDescriptor {
        /** Upstream constructor (implicit there). */
        public SlaveDescriptor() {
            throw new UnsupportedOperationException();
        }
    }
}
