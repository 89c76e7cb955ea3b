package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;
import hudson.model.Saveable;
import java.io.IOException;

/**
 * Stub of {@code FlowNode}: <a href="https://github.com/jenkinsci/workflow-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/graph/FlowNode.java">upstream</a>.
 * The plugin only calls {@code addOrReplaceAction} from {@link Actionable}.
 */
public abstract class FlowNode extends Actionable implements Saveable {
    /** Stub-only constructor, package-private so the plugin cannot call it (upstream's take a {@code FlowExecution}). */
    FlowNode() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException();
    }
}
