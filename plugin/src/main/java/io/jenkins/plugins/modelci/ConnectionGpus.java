package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.modelci.InputException;
import io.modelci.gpu.Gpu;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an agent's connection says about its GPUs: the one line for the connection log, and the inventory to give
 * {@link GpuScheduler} (none when the agent is to cost nothing, or when the GPUs could not be read and the known
 * inventory must be kept). No Jenkins types: {@link GpusOnConnect} is the glue.
 *
 * <p>An agent without {@code nvidia-smi} and without the {@link GpuInventoryProperty} (a CPU agent, the built-in
 * node of most controllers) gets no line and no GPUs page: most agents of a Jenkins have no GPU, and a line on each
 * of their connections would be noise.
 *
 * @param line the line for the connection log, or null to stay quiet
 * @param inventoryJson the node's GPUs as {@link GpuScheduler#inventoryJson} JSON, or null to change nothing
 */
record ConnectionGpus(@CheckForNull String line, @CheckForNull String inventoryJson) {
    static final String PREFIX = "[Model CI] ";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Quiet, nothing learnt. */
    static final ConnectionGpus NOTHING = new ConnectionGpus(null, null);

    /** The property declares the GPUs ({@code detect} off): the list is the inventory, or the line says what is wrong. */
    static ConnectionGpus declared(GpuInventoryProperty property) {
        try {
            Optional<String> json = GpuInventoryProperty.manualInventoryJson(property);
            if (json.isEmpty()) {
                throw new IllegalArgumentException("the property detects its GPUs");
            }
            return new ConnectionGpus(PREFIX + "GPUs (declared): " + describe(GpuScheduler.parseInventory(json.get())),
                    json.get());
        } catch (InputException e) {
            return new ConnectionGpus(PREFIX + "the declared GPU list cannot be used: " + e.getMessage(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@link GpuProbe} found on the agent.
     *
     * @param probeJson the probe's answer
     * @param expected whether GPUs are expected there (the agent has the property, or the scheduler knows its GPUs):
     *        then a missing {@code nvidia-smi} or a driver error is worth a line
     */
    static ConnectionGpus detected(String probeJson, boolean expected) {
        JsonNode probe;
        List<Gpu> gpus;
        try {
            probe = MAPPER.readTree(probeJson);
            gpus = GpuScheduler.parseInventory(probe.path("gpus").toString());
        } catch (IOException e) {
            return new ConnectionGpus(PREFIX + "could not read the GPUs: " + e.getMessage(), null);
        }
        if (probe.hasNonNull("error")) {
            // A driver that does not answer says nothing about the cards: keep what was known.
            return new ConnectionGpus(PREFIX + "could not read the GPUs: " + probe.get("error").asText()
                    + (expected ? " (the GPUs known before are kept)" : ""), null);
        }
        if (!probe.hasNonNull("nvidiaSmi")) {
            // Builds may still find it through their own environment (withEnv, a tool installer): keep what they saw.
            return expected ? new ConnectionGpus(PREFIX + "no NVIDIA GPU: nvidia-smi is not on the agent's PATH"
                    + " (nor named by MODELCI_NVIDIA_SMI)", null) : NOTHING;
        }
        String inventory = GpuScheduler.inventoryJson(gpus);
        if (gpus.isEmpty()) {
            return new ConnectionGpus(PREFIX + "no NVIDIA GPU: " + probe.get("nvidiaSmi").asText() + " lists none",
                    inventory);
        }
        return new ConnectionGpus(PREFIX + "GPUs: " + describe(gpus), inventory);
    }

    /** The line when the probe has not answered in time; it goes on, and its result still reaches the page. */
    static String stillDetecting(long seconds) {
        return PREFIX + "nvidia-smi has not answered within " + seconds
                + " s; the agent's GPUs page will show its GPUs when it does";
    }

    /** What the new inventory did to builds: refused requests and held GPUs that are gone; empty when nothing. */
    static List<String> consequences(InventoryChange change) {
        List<String> lines = new java.util.ArrayList<>();
        change.refused().forEach((claimant, reason) -> lines.add(PREFIX + "refused the GPU request of "
                + (claimant.indexOf('|') < 0 ? claimant : claimant.substring(0, claimant.indexOf('|'))) + ": "
                + reason));
        change.gone().forEach(gone -> lines.add(PREFIX + gone));
        return lines;
    }

    /** {@code 0 NVIDIA H100 80GB HBM3 (81559 MiB), 1 ...}. */
    static String describe(List<Gpu> gpus) {
        return gpus.stream().map(g -> g.index() + " " + g.name() + " (" + g.memoryTotalMib() + " MiB)")
                .collect(Collectors.joining(", "));
    }
}
