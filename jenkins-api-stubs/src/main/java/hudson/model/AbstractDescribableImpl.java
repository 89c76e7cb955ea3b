package hudson.model;

/**
 * Stub of {@code hudson.model.AbstractDescribableImpl}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/AbstractDescribableImpl.java">upstream</a>,
 * as on the 2.479.x line the plugin compiles against (core 2.505 and later make {@code Describable.getDescriptor()}
 * a default method and deprecate this class; the plugin only reaches it through {@code Step}).
 */
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
    @Override
    public Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException();
    }
}
