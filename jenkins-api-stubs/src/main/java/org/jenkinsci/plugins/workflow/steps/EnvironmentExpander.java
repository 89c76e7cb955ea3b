package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * Stub of {@code EnvironmentExpander}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/EnvironmentExpander.java">upstream</a> (implicit constructor, as
 * upstream). The static {@code getEffectiveEnvironment} overloads are left out (unused).
 */
public abstract class EnvironmentExpander implements Serializable {
    /** Upstream member. */
    public abstract void expand(@NonNull EnvVars env) throws IOException, InterruptedException;

    /** Upstream member. */
    public @NonNull Set<String> getSensitiveVariables() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static EnvironmentExpander constant(@NonNull Map<String, String> env) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static EnvironmentExpander merge(@CheckForNull EnvironmentExpander original,
            @NonNull EnvironmentExpander subsequent) {
        throw new UnsupportedOperationException();
    }
}
