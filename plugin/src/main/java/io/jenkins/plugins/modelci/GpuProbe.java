package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.remoting.VirtualChannel;
import io.modelci.gpu.GpuInventory;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs on the agent: what {@code nvidia-smi} says there, found through the given environment
 * ({@code MODELCI_NVIDIA_SMI}, then {@code PATH}), as a JSON string so that no engine class crosses the channel,
 * not even an exception: {@code {"nvidiaSmi": "/usr/bin/nvidia-smi", "gpus": [...]}}, {@code {"nvidiaSmi": null,
 * "gpus": []}} when there is none, or {@code {"error": "..."}} when the driver does not answer.
 */
final class GpuProbe extends MasterToSlaveFileCallable<String> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final TreeMap<String, String> environment;

    GpuProbe(Map<String, String> environment) {
        this.environment = new TreeMap<>(environment);
    }

    @Override
    public String invoke(File root, VirtualChannel channel) throws IOException {
        return probe(environment);
    }

    /** The probe itself, on this machine. */
    static String probe(Map<String, String> environment) throws IOException {
        ObjectNode out = MAPPER.createObjectNode();
        GpuInventory inventory;
        try {
            inventory = GpuInventory.detect(environment);
        } catch (RuntimeException e) {
            // GpuException (the driver failed or timed out), UncheckedIOException (it could not be started)
            out.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
            return out.toString();
        }
        out.put("nvidiaSmi", inventory.nvidiaSmi());
        JsonNode gpus = MAPPER.readTree(GpuScheduler.inventoryJson(inventory.gpus()));
        out.set("gpus", gpus);
        return out.toString();
    }

    /** For a build asking for GPUs: why a probe's answer has no inventory (the driver's error), if it has none. */
    static Optional<String> failure(String probe) throws IOException {
        JsonNode answer = MAPPER.readTree(probe);
        return answer.has("error") ? Optional.of("the GPUs of this agent: " + answer.path("error").asText())
                : Optional.empty();
    }

    /** For a build asking for GPUs: a successful probe's GPUs as {@link GpuScheduler} inventory JSON. */
    static String inventoryJson(String probe) throws IOException {
        return MAPPER.readTree(probe).path("gpus").toString();
    }
}
