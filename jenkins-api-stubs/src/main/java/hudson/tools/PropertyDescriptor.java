package hudson.tools;

import hudson.model.Describable;
import hudson.model.Descriptor;

/**
 * Stub of {@code hudson.tools.PropertyDescriptor}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/tools/PropertyDescriptor.java">upstream</a>
 * ({@code core/src/main/java/hudson/tools/PropertyDescriptor.java}). The static {@code for_} helpers are left out
 * (unused).
 */
public abstract class PropertyDescriptor<P extends Describable<P>, T> extends Descriptor<P> {
    /** Upstream constructor. */
    protected PropertyDescriptor(Class<? extends P> clazz) {
        super(clazz);
    }

    /** Upstream constructor (infers the described class). */
    protected PropertyDescriptor() {
    }

    /** Upstream member: whether this property type applies to the given target type. */
    public boolean isApplicable(Class<? extends T> targetType) {
        throw new UnsupportedOperationException();
    }
}
