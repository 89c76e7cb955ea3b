package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/** Stub of {@code Step}: <a href="https://github.com/jenkinsci/workflow-step-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/steps/Step.java">upstream</a> (implicit constructor, as upstream). */
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    /** Upstream member. */
    public abstract StepExecution start(StepContext context) throws Exception;

    /** Upstream member (covariant). */
    @Override
    public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }
}
