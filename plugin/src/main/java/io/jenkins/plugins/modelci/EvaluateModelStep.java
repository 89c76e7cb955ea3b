package io.jenkins.plugins.modelci;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.MasterToSlaveFileCallable;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code evaluateModel(model: 'churn', predictions: 'preds.csv', task: 'binary', ...)}: scores a predictions
 * file on the agent (the predictions never travel; only the evaluation's JSON does), attaches the evaluation to
 * the model version and the build, and returns the metrics map.
 */
public class EvaluateModelStep extends Step {
    private final String model;
    private final String predictions;
    private String task = "binary";
    private List<String> sliceBy = List.of();
    private int bootstrap;
    private String name;
    private int version;

    /**
     * @param model the registry's model name
     * @param predictions the predictions file, relative to the workspace
     */
    @DataBoundConstructor
    public EvaluateModelStep(String model, String predictions) {
        this.model = model;
        this.predictions = predictions;
    }

    public String getModel() {
        return model;
    }

    public String getPredictions() {
        return predictions;
    }

    public String getTask() {
        return task;
    }

    /** {@code binary}, {@code multiclass} or {@code regression}. */
    @DataBoundSetter
    public void setTask(String task) {
        this.task = task;
    }

    public List<String> getSliceBy() {
        return sliceBy;
    }

    /** Columns of the predictions file to report metrics per value of. */
    @DataBoundSetter
    public void setSliceBy(List<String> sliceBy) {
        this.sliceBy = StepArguments.paths(sliceBy);
    }

    public int getBootstrap() {
        return bootstrap;
    }

    /** Bootstrap resamples for confidence intervals; 0 computes none. */
    @DataBoundSetter
    public void setBootstrap(int bootstrap) {
        this.bootstrap = bootstrap;
    }

    public String getName() {
        return name;
    }

    /** A name for this evaluation, e.g. the data set: {@code holdout-2026-11}. */
    @DataBoundSetter
    public void setName(String name) {
        this.name = name;
    }

    public int getVersion() {
        return version;
    }

    /** The version to attach the evaluation to; 0 means the one {@code trainModel} registered in this build. */
    @DataBoundSetter
    public void setVersion(int version) {
        this.version = version;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        String step = "evaluateModel";
        return new Execution(context, StepArguments.modelName(step, model),
                StepArguments.required(step, "predictions", predictions), StepArguments.required(step, "task", task),
                new ArrayList<>(sliceBy), Math.max(0, bootstrap), name, version);
    }

    /**
     * Short work (one pass over a file, one registry write) on a background thread, run again after a restart:
     * the evaluation is deterministic (a seeded bootstrap), the registry replaces an evaluation of the same name
     * and version, and the build record replaces one of the same name.
     */
    static final class Execution extends RerunOnResumeExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final String model;
        private final String predictions;
        private final String task;
        private final ArrayList<String> sliceBy;
        private final int bootstrap;
        private final String name;
        private final int version;

        Execution(StepContext context, String model, String predictions, String task, ArrayList<String> sliceBy,
                int bootstrap, String name, int version) {
            super(context);
            this.model = model;
            this.predictions = predictions;
            this.task = task;
            this.sliceBy = sliceBy;
            this.bootstrap = bootstrap;
            this.name = name;
            this.version = version;
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
            listener.getLogger().println("[Model CI] evaluating '" + model + "' on " + predictions);
            String evaluation = ws.act(new Evaluate(predictions, task, sliceBy, bootstrap, name));
            ModelAction action = ModelAction.of(run, model);
            int target = version > 0 ? version : action.requireVersion("evaluateModel");
            EngineBridge.attachEvaluation(model, target, evaluation);
            action.recordEvaluation(evaluation);
            return StepResults.toGroovy(evaluation);
        }
    }

    /** Runs on the agent: the engine's evaluation of the predictions file, as JSON. */
    static final class Evaluate extends MasterToSlaveFileCallable<String> {
        private static final long serialVersionUID = 1L;
        private final String predictions;
        private final String task;
        private final ArrayList<String> sliceBy;
        private final int bootstrap;
        private final String name;

        Evaluate(String predictions, String task, ArrayList<String> sliceBy, int bootstrap, String name) {
            this.predictions = predictions;
            this.task = task;
            this.sliceBy = sliceBy;
            this.bootstrap = bootstrap;
            this.name = name;
        }

        @Override
        public String invoke(File workspace, VirtualChannel channel) throws IOException {
            return EngineBridge.evaluate(workspace, predictions, task, sliceBy, bootstrap, name);
        }
    }

    /** Registers {@code evaluateModel}. */
    @Extension
    @Symbol("evaluateModel")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "evaluateModel";
        }

        @Override
        public String getDisplayName() {
            return Messages.EvaluateModelStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class);
        }
    }
}
