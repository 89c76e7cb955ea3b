package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

/**
 * Stub of {@code StepDescriptor}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java">upstream</a> (implicit constructor, as upstream).
 * The meta-step, instantiation and lookup members are left out (unused).
 */
public abstract class StepDescriptor extends Descriptor<Step> {
    /** Upstream member. */
    public abstract Set<? extends Class<?>> getRequiredContext();

    /** Upstream member. */
    public Set<? extends Class<?>> getProvidedContext() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public abstract String getFunctionName();

    /** Upstream member. */
    public boolean takesImplicitBlockArgument() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public boolean isAdvanced() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public boolean isMetaStep() {
        throw new UnsupportedOperationException();
    }
}
