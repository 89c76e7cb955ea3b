package hudson.model;

/** Stub of {@code hudson.model.AbstractDescribableImpl}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/AbstractDescribableImpl.java">upstream</a>. */
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
    /** Stub constructor. */
    protected AbstractDescribableImpl() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException();
    }
}
