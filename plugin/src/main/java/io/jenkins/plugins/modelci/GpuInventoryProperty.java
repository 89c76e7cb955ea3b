package io.jenkins.plugins.modelci;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.slaves.NodeProperty;
import hudson.slaves.NodePropertyDescriptor;
import hudson.util.FormValidation;
import io.modelci.InputException;
import io.modelci.gpu.Gpu;
import io.modelci.gpu.ManualGpuInventory;
import java.util.List;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

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
        return Optional.of(GpuScheduler.inventoryJson(declaredGpus(property.gpus)));
    }

    /** The one parse of a declared list, shared by builds and the form check so both report the same message. */
    private static List<Gpu> declaredGpus(@CheckForNull String gpus) {
        return ManualGpuInventory.parse(GPUS_FIELD, gpus == null ? "" : gpus.trim());
    }

    /**
     * What a build asking for GPUs on the agent would report about these settings, or empty when it would report
     * nothing: the list is only read when {@code detect} is off.
     */
    static Optional<String> problemWith(boolean detect, @CheckForNull String gpus) {
        if (detect) {
            return Optional.empty();
        }
        try {
            declaredGpus(gpus);
            return Optional.empty();
        } catch (InputException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Registers the property ({@code modelCiGpus} in Configuration as Code). */
    @Extension
    @Symbol("modelCiGpus")
    public static class DescriptorImpl extends NodePropertyDescriptor {
        @Override
        public String getDisplayName() {
            return Messages.GpuInventoryProperty_DisplayName();
        }

        /**
         * Checks the declared list as the agent's form is filled in, with the message a build would fail with.
         * Only those who may configure the agent (or, on a form with no agent yet, create agents) may ask, as for
         * core's {@code ComputerSet.doCheckName}.
         *
         * @param computer the agent whose configuration page asks, null on a page for a new agent
         * @param value the {@code gpus} field
         * @param detect the {@code detect} field: when on, the list is not used and not checked
         */
        @POST
        public FormValidation doCheckGpus(@AncestorInPath @CheckForNull Computer computer,
                @QueryParameter String value, @QueryParameter boolean detect) {
            if (computer != null) {
                computer.checkPermission(Computer.CONFIGURE);
            } else {
                Jenkins.get().checkPermission(Computer.CREATE);
            }
            return problemWith(detect, value).map(FormValidation::error).orElseGet(FormValidation::ok);
        }
    }
}
