package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * Stub of {@code hudson.model.Label}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Label.java">core/src/main/java/hudson/model/Label.java</a>
 * ({@code public abstract class Label extends Actionable implements Comparable<Label>, ModelObjectWithChildren});
 * the interfaces are left out, only {@link #get} is copied.
 */
public abstract class Label extends Actionable {
    /** Stub-only constructor, package-private (upstream's take the label's name). */
    Label() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the label of that name, from Jenkins' cache. */
    @CheckForNull
    public static Label get(String l) {
        throw new UnsupportedOperationException();
    }
}
