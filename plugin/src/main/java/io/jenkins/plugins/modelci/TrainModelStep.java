package io.jenkins.plugins.modelci;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.List;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code trainModel(model: 'churn', command: 'python train.py', ...)}: runs a training command on the current
 * agent (through the context's launcher, so also inside {@code docker.image(...).inside { }}), durably: the
 * command runs detached and is polled, so a controller restart does not kill or lose it.
 * See {@link TrainModelExecution}.
 */
public class TrainModelStep extends Step {
    private final String model;
    private final String command;
    private String image;
    private String dockerArgs;
    private int gpus;
    private String timeout;
    private List<String> metrics = List.of();
    private boolean logMetrics = true;
    private List<String> artifacts = List.of();
    private List<String> data = List.of();
    private Object params;
    private boolean archive = true;

    /**
     * @param model the registry's model name
     * @param command the shell command that trains
     */
    @DataBoundConstructor
    public TrainModelStep(String model, String command) {
        this.model = model;
        this.command = command;
    }

    public String getModel() {
        return model;
    }

    public String getCommand() {
        return command;
    }

    public String getImage() {
        return image;
    }

    /** A Docker image to run the command in (with the allocated GPUs); empty runs it on the agent as is. */
    @DataBoundSetter
    public void setImage(String image) {
        this.image = image == null || image.isBlank() ? null : image.trim();
    }

    public String getDockerArgs() {
        return dockerArgs;
    }

    /** Extra {@code docker run} arguments, used with {@link #setImage(String)}. */
    @DataBoundSetter
    public void setDockerArgs(String dockerArgs) {
        this.dockerArgs = dockerArgs == null || dockerArgs.isBlank() ? null : dockerArgs.trim();
    }

    public int getGpus() {
        return gpus;
    }

    /** Number of GPUs to allocate on this agent before training; 0 allocates none. */
    @DataBoundSetter
    public void setGpus(int gpus) {
        this.gpus = gpus;
    }

    public String getTimeout() {
        return timeout;
    }

    /** Stop the training after this long, e.g. {@code 2h}; empty means no limit. */
    @DataBoundSetter
    public void setTimeout(String timeout) {
        this.timeout = timeout;
    }

    public List<String> getMetrics() {
        return metrics;
    }

    /** Metric files or folders the command writes (JSON, YAML, TOML, CSV/TSV, DVCLive). */
    @DataBoundSetter
    public void setMetrics(List<String> metrics) {
        this.metrics = StepArguments.paths(metrics);
    }

    public boolean isLogMetrics() {
        return logMetrics;
    }

    /** Also read metrics printed in the command's output ({@code epoch 3 loss=0.21}). */
    @DataBoundSetter
    public void setLogMetrics(boolean logMetrics) {
        this.logMetrics = logMetrics;
    }

    public List<String> getArtifacts() {
        return artifacts;
    }

    /** Globs, relative to the workspace, of the files that make up the model. */
    @DataBoundSetter
    public void setArtifacts(List<String> artifacts) {
        this.artifacts = StepArguments.paths(artifacts);
    }

    public List<String> getData() {
        return data;
    }

    /** Data files or folders to fingerprint for the lineage. */
    @DataBoundSetter
    public void setData(List<String> data) {
        this.data = StepArguments.paths(data);
    }

    public Object getParams() {
        return params;
    }

    /** Hyper-parameters to record, a map such as {@code [lr: 0.01]}. */
    @DataBoundSetter
    public void setParams(Object params) {
        this.params = params;
    }

    public boolean isArchive() {
        return archive;
    }

    /**
     * Archive into the build's artifacts (through the build's artifact manager): after a successful run the
     * {@link #setArtifacts(List) artifacts}, the run record and the log; after a failed one the log only.
     */
    @DataBoundSetter
    public void setArchive(boolean archive) {
        this.archive = archive;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        String name = "trainModel";
        TrainSpec spec = new TrainSpec(StepArguments.modelName(name, model),
                StepArguments.required(name, "command", command), image, dockerArgs, Math.max(0, gpus),
                StepArguments.timeoutMillis(name, timeout), metrics, logMetrics,
                StepArguments.artifactGlobs(name, artifacts), data, StepArguments.params(name, params),
                archive);
        return new TrainModelExecution(context, spec);
    }

    /** Registers {@code trainModel}. */
    @Extension
    @Symbol("trainModel")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "trainModel";
        }

        @Override
        public String getDisplayName() {
            return Messages.TrainModelStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, EnvVars.class, TaskListener.class);
        }
    }
}
