package hudson.model;

import java.io.File;

/**
 * Stub of {@code hudson.model.AbstractItem}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/AbstractItem.java">upstream</a>.
 * Upstream also implements {@code Item}, {@code HttpDeletable}, {@code AccessControlled},
 * {@code DescriptorByNameOwner} and {@code StaplerProxy}; unused here.
 */
public abstract class AbstractItem extends Actionable {
    /** Stub-only constructor, package-private so the plugin cannot call it (upstream's takes an {@code ItemGroup}). */
    AbstractItem() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream member ({@code @Override public final String getUrl()} of {@code Item} there): "job/foo/", no leading
     * slash.
     */
    public final String getUrl() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public File getRootDir() {
        throw new UnsupportedOperationException();
    }
}
