package io.jenkins.plugins.modelci;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Computer;
import hudson.model.Node;
import io.modelci.InputException;
import java.io.IOException;
import java.util.Optional;
import java.util.TreeMap;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Where a step's agent gets its GPU inventory: the agent's {@link GpuInventoryProperty} when it declares the GPUs by
 * hand, else {@code nvidia-smi} run on the agent with the build's environment.
 */
final class AgentGpus {
    private AgentGpus() {
    }

    /** The inventory as {@link GpuScheduler} JSON. Runs off the CPS thread (it may call the agent). */
    static String inventory(StepContext context, FilePath workspace, String nodeName) throws Exception {
        Computer computer = context.get(Computer.class);
        Node node = computer == null ? null : computer.getNode();
        Optional<String> manual;
        try {
            manual = GpuInventoryProperty.manualInventoryJson(
                    node == null ? null : node.getNodeProperty(GpuInventoryProperty.class));
        } catch (InputException e) {
            throw new IOException("the GPU inventory of agent " + nodeName + ": " + e.getMessage(), e);
        }
        if (manual.isPresent()) {
            return manual.get();
        }
        EnvVars env = context.get(EnvVars.class);
        // The probe answers JSON even for a driver failure: an engine exception would not pass the class filter.
        String probe = workspace.act(new GpuProbe(env == null ? new TreeMap<>() : env));
        Optional<String> failure = GpuProbe.failure(probe);
        if (failure.isPresent()) {
            throw new AbortException(failure.get());
        }
        return GpuProbe.inventoryJson(probe);
    }
}
