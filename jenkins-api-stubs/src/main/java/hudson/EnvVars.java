package hudson;

import java.util.TreeMap;

/**
 * Stub of {@code hudson.EnvVars}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/EnvVars.java">upstream</a>.
 * The plugin uses only the inherited {@link java.util.Map} methods.
 */
public class EnvVars extends TreeMap<String, String> {
    private static final long serialVersionUID = 1L;

    /** Upstream constructor. */
    public EnvVars() {
        throw new UnsupportedOperationException();
    }
}
