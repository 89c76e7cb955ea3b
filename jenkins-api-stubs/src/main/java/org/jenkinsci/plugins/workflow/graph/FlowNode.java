package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;

/**
 * Stub of {@code FlowNode}: <a href="https://github.com/jenkinsci/workflow-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/graph/FlowNode.java">upstream</a>.
 * Upstream also implements {@code Saveable}; the plugin only calls {@code addOrReplaceAction} from {@link Actionable}.
 */
public abstract class FlowNode extends Actionable {
    /** Stub constructor. */
    protected FlowNode() {
        throw new UnsupportedOperationException();
    }
}
