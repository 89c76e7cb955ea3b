package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

/** Stub of {@code StepDescriptor}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java">upstream</a>. */
public abstract class StepDescriptor extends Descriptor<Step> {
    /** Stub constructor. */
    protected StepDescriptor() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract Set<? extends Class<?>> getRequiredContext();

    /** Upstream member. */
    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract String getFunctionName();
}
