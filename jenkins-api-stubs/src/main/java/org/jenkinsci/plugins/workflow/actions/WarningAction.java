package org.jenkinsci.plugins.workflow.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;

/**
 * Stub of {@code WarningAction}: <a href="https://github.com/jenkinsci/workflow-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/actions/WarningAction.java">upstream</a>.
 * The plugin only passes it to {@code FlowNode.addOrReplaceAction(Action)}.
 */
public class WarningAction implements PersistentAction {
    /** Upstream constructor. */
    public WarningAction(@NonNull Result result) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public WarningAction withMessage(String message) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @CheckForNull String getMessage() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @NonNull Result getResult() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException();
    }
}
