package jenkins;

/** Stub of {@code jenkins.YesNoMaybe}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/YesNoMaybe.java">upstream</a> (the type of {@code Extension.dynamicLoadable}). */
public enum YesNoMaybe {
    /** Upstream constant. */
    YES,
    /** Upstream constant. */
    NO,
    /** Upstream constant. */
    MAYBE
}
