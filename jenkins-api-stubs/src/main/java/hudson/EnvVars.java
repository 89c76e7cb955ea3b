package hudson;

import java.util.Map;
import java.util.TreeMap;

/**
 * Stub of {@code hudson.EnvVars}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/EnvVars.java">upstream</a>.
 * The plugin uses only the inherited {@link java.util.Map} methods; the constructors are upstream's.
 */
public class EnvVars extends TreeMap<String, String> {
    /** Upstream constructor. */
    public EnvVars() {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor. */
    public EnvVars(Map<String, String> m) {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor. */
    public EnvVars(EnvVars m) {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor. */
    public EnvVars(String... keyValuePairs) {
        throw new UnsupportedOperationException();
    }
}
