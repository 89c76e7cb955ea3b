package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jenkins.MasterToSlaveFileCallable;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code compareToProduction(model: 'churn', policy: 'policy.yaml', ...)}: runs the engine's gate between this
 * build's version (the challenger) and the version behind the alias (the champion). On REJECT the step and the
 * build turn UNSTABLE, with the reasons on the stage ({@link WarningAction}), or the step fails with
 * {@code failOnReject: true}. The champion version seen here is what {@code promoteModel} later compares and sets
 * against.
 */
public class CompareToProductionStep extends Step {
    private final String model;
    private Object policy;
    private String predictions;
    private String championPredictions;
    private String alias = "champion";
    private boolean failOnReject;
    private String task = "binary";

    /** @param model the registry's model name */
    @DataBoundConstructor
    public CompareToProductionStep(String model) {
        this.model = model;
    }

    public String getModel() {
        return model;
    }

    public Object getPolicy() {
        return policy;
    }

    /** A policy file in the workspace ({@code 'policy.yaml'}) or the policy itself as a map. */
    @DataBoundSetter
    public void setPolicy(Object policy) {
        this.policy = policy;
    }

    public String getPredictions() {
        return predictions;
    }

    /** The challenger's predictions on today's data, for paired tests. */
    @DataBoundSetter
    public void setPredictions(String predictions) {
        this.predictions = predictions;
    }

    public String getChampionPredictions() {
        return championPredictions;
    }

    /** The champion's predictions on the same rows, for paired tests. */
    @DataBoundSetter
    public void setChampionPredictions(String championPredictions) {
        this.championPredictions = championPredictions;
    }

    public String getAlias() {
        return alias;
    }

    /** The alias that points at the model in production; {@code champion} by default. */
    @DataBoundSetter
    public void setAlias(String alias) {
        this.alias = alias;
    }

    public boolean isFailOnReject() {
        return failOnReject;
    }

    /** Fail the step (and so the build) on REJECT instead of marking it unstable. */
    @DataBoundSetter
    public void setFailOnReject(boolean failOnReject) {
        this.failOnReject = failOnReject;
    }

    public String getTask() {
        return task;
    }

    /** The task of the predictions files: {@code binary}, {@code multiclass} or {@code regression}. */
    @DataBoundSetter
    public void setTask(String task) {
        this.task = task;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        String step = "compareToProduction";
        String policyFile = null;
        String policyJson = null;
        if (policy instanceof CharSequence) {
            policyFile = StepArguments.required(step, "policy", policy.toString());
        } else if (policy != null) {
            policyJson = new ObjectMapper().writeValueAsString(StepArguments.plain(step, "policy", policy));
        }
        return new Execution(context, StepArguments.modelName(step, model),
                StepArguments.required(step, "alias", alias), policyFile, policyJson, predictions, championPredictions,
                failOnReject, StepArguments.required(step, "task", task));
    }

    /**
     * Short work (registry reads, one gate decision) on a background thread, run again after a restart. The gate is
     * deterministic (seeded bootstrap); a re-run compares with the champion this execution saw before the restart
     * (not whatever the alias holds now), so it records the same verdict, replacing the first record, and
     * {@code promoteModel}'s compare-and-set still catches anyone who moved the alias in between.
     */
    static final class Execution extends RerunOnResumeExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        /** Names this execution in the build's record; fixed before start, so it is the same after a restart. */
        private final String id = UUID.randomUUID().toString();
        private final String model;
        private final String alias;
        private final String policyFile;
        private final String policyJson;
        private final String predictions;
        private final String championPredictions;
        private final boolean failOnReject;
        private final String task;

        Execution(StepContext context, String model, String alias, String policyFile, String policyJson,
                String predictions, String championPredictions, boolean failOnReject, String task) {
            super(context);
            this.task = task;
            this.model = model;
            this.alias = alias;
            this.policyFile = policyFile;
            this.policyJson = policyJson;
            this.predictions = predictions;
            this.championPredictions = championPredictions;
            this.failOnReject = failOnReject;
        }

        @Override
        protected boolean needsWorkspace() {
            return true;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            FilePath ws = getContext().get(FilePath.class);
            TaskListener listener = getContext().get(TaskListener.class);
            ModelAction action = ModelAction.of(run, model);
            int challenger = action.requireVersion("compareToProduction");
            String champion = championToCompare(action);
            String challengerJson = action.lastEvaluationJson();
            if (challengerJson == null) {
                challengerJson = EngineBridge.versionJson(model, challenger);
            }
            // verifyModel's metrics (latency_p99_ms, golden_mismatches) are the policy's to hold too
            challengerJson = VerifyModelStep.withMetrics(challengerJson, action.verificationMetrics());
            champion = VerifyModelStep.withVerificationMetrics(champion);
            String verdict = ws.act(new Decide(policyFile, policyJson, challengerJson, champion, predictions,
                    championPredictions, action.lastEvaluationName(), task));
            JsonNode tree = new ObjectMapper().readTree(verdict);
            action.recordComparison(id, verdict, alias, EngineBridge.versionOf(champion));
            String decision = tree.path("verdict").asText("");
            listener.getLogger().println("[Model CI] " + model + " v" + challenger + " against " + alias + ": "
                    + decision);
            if (!tree.path("promote").asBoolean(false)) {
                String reasons = EngineBridge.reasons(tree);
                if (failOnReject) {
                    throw new AbortException("compareToProduction: " + decision + ": " + reasons);
                }
                FlowNode node = getContext().get(FlowNode.class);
                if (node != null) {
                    node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(decision + ": " + reasons));
                }
                run.setResult(Result.UNSTABLE);
            }
            return StepResults.toGroovy(verdict);
        }

        /** The champion as JSON: the one this execution compared with before a restart, else the alias's holder. */
        private String championToCompare(ModelAction action) throws IOException {
            if (action.isComparedBy(id) && alias.equals(action.getComparedAlias())) {
                Integer seen = action.getChampionSeen();
                return seen == null ? null : EngineBridge.versionJson(model, seen);
            }
            return EngineBridge.championJson(model, alias);
        }
    }

    /** Runs on the agent, where the policy file and the predictions are: the engine's gate, as JSON. */
    static final class Decide extends MasterToSlaveFileCallable<String> {
        private static final long serialVersionUID = 1L;
        private final String policyFile;
        private final String policyJson;
        private final String challengerJson;
        private final String championJson;
        private final String predictions;
        private final String championPredictions;
        private final String evaluationName;
        private final String task;

        Decide(String policyFile, String policyJson, String challengerJson, String championJson, String predictions,
                String championPredictions, String evaluationName, String task) {
            this.evaluationName = evaluationName;
            this.task = task;
            this.policyFile = policyFile;
            this.policyJson = policyJson;
            this.challengerJson = challengerJson;
            this.championJson = championJson;
            this.predictions = predictions;
            this.championPredictions = championPredictions;
        }

        @Override
        public String invoke(File workspace, VirtualChannel channel) throws IOException {
            return EngineBridge.decide(workspace, policyFile, policyJson, challengerJson, championJson, predictions,
                    championPredictions, evaluationName, task);
        }
    }

    /** Registers {@code compareToProduction}. */
    @Extension
    @Symbol("compareToProduction")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "compareToProduction";
        }

        @Override
        public String getDisplayName() {
            return Messages.CompareToProductionStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class, FlowNode.class);
        }
    }
}
