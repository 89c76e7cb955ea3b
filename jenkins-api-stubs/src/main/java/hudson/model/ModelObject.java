package hudson.model;

/** Stub of {@code hudson.model.ModelObject}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/ModelObject.java">upstream</a>. */
public interface ModelObject {
    /** Upstream member. */
    String getDisplayName();
}
