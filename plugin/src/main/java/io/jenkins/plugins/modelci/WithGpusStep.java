package io.jenkins.plugins.modelci;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelci.InputException;
import io.modelci.gpu.GpuRequest;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code withGpus(count: 2, memory: '20G', name: 'A100') { ... }}: waits, FIFO per agent and without holding
 * any thread, for free GPUs on the current agent, runs the body with {@code CUDA_VISIBLE_DEVICES} and
 * {@code NVIDIA_VISIBLE_DEVICES} set to them, and frees them when the body ends, fails or is aborted.
 * See {@link WithGpusExecution}.
 */
public class WithGpusStep extends Step {
    private int count = 1;
    private String memory;
    private String name;

    /** All parameters are optional: {@code withGpus { }} asks for one GPU of any kind. */
    @DataBoundConstructor
    public WithGpusStep() {
        // parameters come through the setters
    }

    public int getCount() {
        return count;
    }

    /** How many whole GPUs; 1 by default. */
    @DataBoundSetter
    public void setCount(int count) {
        this.count = count;
    }

    public String getMemory() {
        return memory;
    }

    /** The least free memory each GPU must have, such as {@code 20G} or {@code 16000M}. */
    @DataBoundSetter
    public void setMemory(String memory) {
        this.memory = memory;
    }

    public String getName() {
        return name;
    }

    /** A case-insensitive pattern the GPU's name must contain, such as {@code A100}. */
    @DataBoundSetter
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        try {
            GpuRequest request = new GpuRequest(count, GpuMemory.parseMib(memory), name);
            return new WithGpusExecution(context, request.count(), request.minFreeMib(), request.namePattern());
        } catch (InputException e) {
            throw new IllegalArgumentException("withGpus: " + e.getMessage(), e);
        }
    }

    /** Registers {@code withGpus}. */
    @Extension
    @Symbol("withGpus")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "withGpus";
        }

        @Override
        public String getDisplayName() {
            return Messages.WithGpusStep_DisplayName();
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, EnvVars.class, TaskListener.class);
        }
    }
}
