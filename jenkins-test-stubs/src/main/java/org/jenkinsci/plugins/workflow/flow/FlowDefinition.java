package org.jenkinsci.plugins.workflow.flow;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/**
 * Stub of {@code org.jenkinsci.plugins.workflow.flow.FlowDefinition} from workflow-api: jenkinsci/workflow-api-plugin
 * <a href="https://github.com/jenkinsci/workflow-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/flow/FlowDefinition.java">src/main/java/org/jenkinsci/plugins/workflow/flow/FlowDefinition.java</a>
 * ({@code public abstract class FlowDefinition extends AbstractDescribableImpl<FlowDefinition> implements
 * ExtensionPoint}), the parameter type of {@code WorkflowJob.setDefinition}; its {@code create} is left out.
 */
public abstract class FlowDefinition extends AbstractDescribableImpl<FlowDefinition> implements ExtensionPoint {
}
