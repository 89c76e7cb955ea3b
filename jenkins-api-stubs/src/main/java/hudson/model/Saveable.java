package hudson.model;

import java.io.IOException;

/** Stub of {@code hudson.model.Saveable}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Saveable.java">upstream</a> ({@code NOOP} left out). */
public interface Saveable {
    /** Upstream member. */
    void save() throws IOException;
}
