package io.jenkins.plugins.modelci;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Node;
import hudson.slaves.NodeProperty;
import hudson.slaves.NodePropertyDescriptor;
import io.modelci.gpu.ManualGpuInventory;
import java.util.Optional;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * An agent's GPU inventory for {@code withGpus} and {@code trainModel(gpus:)}: detected with {@code nvidia-smi} on the
 * agent (the default, as without the property), or declared by hand ({@code detect: false, gpus: '0:A100:81920, ...'},
 * parsed by the engine's {@link ManualGpuInventory}) for agents where {@code nvidia-smi} cannot run in the build.
 */
public class GpuInventoryProperty extends NodeProperty<Node> {
    /** The setting's name in error messages, as in the configuration form and Configuration as Code. */
    static final String GPUS_FIELD = "gpus";

    private boolean detect = true;
    private String gpus = "";

    /** Both settings are optional: the property alone means "detect", as without it. */
    @DataBoundConstructor
    public GpuInventoryProperty() {
        // settings come through the setters
    }

    public boolean isDetect() {
        return detect;
    }

    /** Whether to read the GPUs from {@code nvidia-smi} on the agent when a build asks for GPUs there. */
    @DataBoundSetter
    public void setDetect(boolean detect) {
        this.detect = detect;
    }

    public String getGpus() {
        return gpus;
    }

    /** The GPUs by hand, used when {@code detect} is off: {@code index:name:memoryMiB[:uuid]}, comma separated. */
    @DataBoundSetter
    public void setGpus(String gpus) {
        this.gpus = gpus == null ? "" : gpus.trim();
    }

    /**
     * The inventory to allocate from instead of detecting one: the declared GPUs (as {@link GpuScheduler} JSON) when
     * the agent has this property with {@code detect} off; empty when the GPUs are to be detected.
     *
     * @throws io.modelci.InputException naming {@code gpus} when the declared list is malformed or empty
     */
    static Optional<String> manualInventoryJson(@CheckForNull GpuInventoryProperty property) {
        if (property == null || property.detect) {
            return Optional.empty();
        }
        return Optional.of(GpuScheduler.inventoryJson(ManualGpuInventory.parse(GPUS_FIELD, property.gpus)));
    }

    /** Registers the property ({@code modelCiGpus} in Configuration as Code). */
    @Extension
    @Symbol("modelCiGpus")
    public static class DescriptorImpl extends NodePropertyDescriptor {
        @Override
        public String getDisplayName() {
            return Messages.GpuInventoryProperty_DisplayName();
        }
    }
}
