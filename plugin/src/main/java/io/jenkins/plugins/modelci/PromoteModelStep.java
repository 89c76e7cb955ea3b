package io.jenkins.plugins.modelci;

import hudson.AbortException;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelci.registry.RepeatablePromotion;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code promoteModel(model: 'churn', reason: '...')}: points the alias at this build's version with a
 * compare-and-set against the champion {@code compareToProduction} saw in this build, so that two builds
 * finishing at once cannot silently overwrite each other: the later one fails naming the current holder.
 * Refuses without a PROMOTE verdict in this build unless {@code force: true}. Records who (the user who started
 * the build, else SYSTEM), which build and why in the alias history.
 */
public class PromoteModelStep extends Step {
    private final String model;
    private String alias = "champion";
    private String reason;
    private boolean force;
    private int version;

    /** @param model the registry's model name */
    @DataBoundConstructor
    public PromoteModelStep(String model) {
        this.model = model;
    }

    public String getModel() {
        return model;
    }

    public String getAlias() {
        return alias;
    }

    /** The alias to move; {@code champion} by default. */
    @DataBoundSetter
    public void setAlias(String alias) {
        this.alias = alias;
    }

    public String getReason() {
        return reason;
    }

    /** Why, written into the alias history. */
    @DataBoundSetter
    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isForce() {
        return force;
    }

    /** Promote even without a PROMOTE verdict in this build (still compare-and-set). */
    @DataBoundSetter
    public void setForce(boolean force) {
        this.force = force;
    }

    public int getVersion() {
        return version;
    }

    /** The version to promote; 0 means the one {@code trainModel} registered in this build. */
    @DataBoundSetter
    public void setVersion(int version) {
        this.version = version;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        String step = "promoteModel";
        return new Execution(context, StepArguments.modelName(step, model), StepArguments.required(step, "alias",
                alias), reason == null || reason.isBlank() ? "promoted by a pipeline" : reason.trim(), force, version);
    }

    /**
     * Short work (one registry transaction) on a background thread, run again after a restart. A promotion this build
     * already made before the restart (the alias's newest event: this build's move to this version) is answered as
     * it was, neither moved again nor reported as a lost race; if the alias changed after it, the step fails naming
     * the current holder rather than undo that change.
     */
    static final class Execution extends RerunOnResumeExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final String model;
        private final String alias;
        private final String reason;
        private final boolean force;
        private final int version;

        Execution(StepContext context, String model, String alias, String reason, boolean force, int version) {
            super(context);
            this.model = model;
            this.alias = alias;
            this.reason = reason;
            this.force = force;
            this.version = version;
        }

        @Override
        protected boolean needsWorkspace() {
            return false;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            TaskListener listener = getContext().get(TaskListener.class);
            ModelAction action = ModelAction.of(run, model);
            int target = version > 0 ? version : action.requireVersion("promoteModel");
            boolean comparedHere = action.isCompared() && alias.equals(action.getComparedAlias());
            Integer expected;
            if (comparedHere) {
                if (!action.isPromoteAllowed() && !force) {
                    throw new AbortException("promoteModel: the gate said " + action.getDecision() + " in this build; "
                            + "pass force: true to promote anyway");
                }
                expected = action.getChampionSeen();
            } else if (force) {
                // No comparison to anchor on: compare-and-set against the holder read now.
                expected = EngineBridge.versionOf(EngineBridge.championJson(model, alias));
            } else {
                throw new AbortException("promoteModel: no compareToProduction(model: '" + model + "', alias: '"
                        + alias + "') in this build; run it first, or pass force: true");
            }
            RepeatablePromotion.Outcome outcome = EngineBridge.promoteOnce(model, alias, target, expected,
                    TrainingRecorder.whoStarted(run), reason, comparedHere ? action.verdictJson() : null,
                    run.getExternalizableId());
            String event = EngineBridge.eventJson(outcome.event());
            action.recordPromotion(alias, target, event);
            Integer from = outcome.event().fromVersion();
            listener.getLogger().println("[Model CI] " + alias + " of '" + model + "' now points to version " + target
                    + (from == null ? "" : " (was " + from + ")")
                    + (outcome.repeated() ? ": this build's earlier promotion, nothing changed" : ""));
            return StepResults.toGroovy(event);
        }
    }

    /** Registers {@code promoteModel}. */
    @Extension
    @Symbol("promoteModel")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "promoteModel";
        }

        @Override
        public String getDisplayName() {
            return Messages.PromoteModelStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
