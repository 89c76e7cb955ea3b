package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;

/** Stub of {@code jenkins.model.GlobalConfiguration}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/model/GlobalConfiguration.java">upstream</a>. */
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
        implements ExtensionPoint, Describable<GlobalConfiguration> {
    /** Upstream constructor ({@code super(self())}). */
    @SuppressWarnings("unchecked")
    protected GlobalConfiguration() {
        super(self());
        throw new UnsupportedOperationException();
    }

    @Override
    public final Descriptor<GlobalConfiguration> getDescriptor() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static @NonNull ExtensionList<GlobalConfiguration> all() {
        throw new UnsupportedOperationException();
    }
}
