package hudson;

import java.util.Map;
import java.util.TreeMap;

/**
 * Stub of {@code hudson.EnvVars}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/EnvVars.java">upstream</a>.
 * The plugin uses the inherited {@link java.util.Map} methods and {@link #overrideAll}; the constructors are
 * upstream's.
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

    /**
     * Upstream member: overrides every entry by the given map's, {@code PATH+XYZ=dir} prepending {@code dir} to
     * {@code PATH} and an empty value removing the variable (upstream's {@code override(String, String)}).
     *
     * @return this
     */
    public EnvVars overrideAll(Map<String, String> all) {
        throw new UnsupportedOperationException();
    }
}
