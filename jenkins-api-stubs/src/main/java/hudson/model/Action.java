package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Stub of {@code hudson.model.Action}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Action.java">upstream</a>. */
public interface Action extends ModelObject {
    /** Upstream member. */
    @CheckForNull
    String getIconFileName();

    /** Upstream member. */
    @Override
    @CheckForNull
    String getDisplayName();

    /** Upstream member. */
    @CheckForNull
    String getUrlName();
}
