package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

/** Stub of {@code PersistentAction}: <a href="https://github.com/jenkinsci/workflow-api-plugin/blob/master/src/main/java/org/jenkinsci/plugins/workflow/actions/PersistentAction.java">upstream</a> (marker). */
public interface PersistentAction extends Action {
}
