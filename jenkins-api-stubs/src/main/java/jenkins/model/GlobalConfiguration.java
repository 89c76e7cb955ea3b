package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;

/** Stub of {@code jenkins.model.GlobalConfiguration}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/model/GlobalConfiguration.java">upstream</a>. */
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
        implements ExtensionPoint, Describable<GlobalConfiguration> {
    /** Upstream constructor. */
    protected GlobalConfiguration() {
        throw new UnsupportedOperationException();
    }

    @Override
    public final Descriptor<GlobalConfiguration> getDescriptor() {
        throw new UnsupportedOperationException();
    }
}
