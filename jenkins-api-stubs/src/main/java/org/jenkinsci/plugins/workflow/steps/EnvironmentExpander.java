package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import java.io.IOException;
import java.io.Serializable;

/** Stub of {@code EnvironmentExpander}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/EnvironmentExpander.java">upstream</a>. */
public abstract class EnvironmentExpander implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Stub constructor. */
    protected EnvironmentExpander() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract void expand(@NonNull EnvVars env) throws IOException, InterruptedException;

    /** Upstream member. */
    public static EnvironmentExpander merge(@CheckForNull EnvironmentExpander original,
            @NonNull EnvironmentExpander subsequent) {
        throw new UnsupportedOperationException();
    }
}
