package org.jenkinsci.plugins.workflow.cps;

import hudson.model.Descriptor;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/**
 * Stub of {@code org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition} from workflow-cps: jenkinsci/workflow-cps-plugin
 * <a href="https://github.com/jenkinsci/workflow-cps-plugin/blob/master/plugin/src/main/java/org/jenkinsci/plugins/workflow/cps/CpsFlowDefinition.java">plugin/src/main/java/org/jenkinsci/plugins/workflow/cps/CpsFlowDefinition.java</a>
 * @ 1ea2ffe73c57681334627a9f0e14952bcdf9bef7 (the newest copy read; there the constructor throws
 * {@code Descriptor.FormException}, from {@code ScriptApproval.validateSandbox}, which every ITest call site
 * tolerates either way). The deprecated one-argument constructor is left out.
 */
public class CpsFlowDefinition extends FlowDefinition {
    /** Upstream {@code @DataBoundConstructor}: a Pipeline script, run in the Groovy sandbox when {@code sandbox}. */
    public CpsFlowDefinition(String script, boolean sandbox) throws Descriptor.FormException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public String getScript() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public boolean isSandbox() {
        throw new UnsupportedOperationException();
    }
}
