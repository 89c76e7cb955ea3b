package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Computer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.model.TransientActionFactory;

/**
 * "GPUs" on an agent's page: its GPUs as last read (when it connected, or when a build asked for GPUs there), who
 * holds which, and who waits, in order, from the controller's {@link GpuScheduler}. Shown for agents whose GPUs
 * the scheduler knows: connected with GPUs or with the {@link GpuInventoryProperty}, or asked for GPUs by a build.
 */
public class GpuComputerAction implements Action {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final transient Computer computer;
    private final String node;

    GpuComputerAction(Computer computer, String node) {
        this.computer = computer;
        this.node = node;
    }

    @Override
    public String getIconFileName() {
        return "/plugin/model-ci/icons/model.svg";
    }

    @Override
    public String getDisplayName() {
        return Messages.GpuComputerAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "gpus";
    }

    public Computer getComputer() {
        return computer;
    }

    private JsonNode state() throws IOException {
        return MAPPER.readTree(GpuScheduler.get().stateJson()).path(node);
    }

    /**
     * One row per GPU: index, name, memory, and the build holding it (empty when free); then one row per held GPU
     * the agent no longer reports (it reconnected without it), named as gone, until its build ends.
     */
    public List<Map<String, String>> getGpus() throws IOException {
        return rows(state());
    }

    static List<Map<String, String>> rows(JsonNode state) {
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (JsonNode gpu : state.path("inventory")) {
            present.add(gpu.path("uuid").asText());
            Map<String, String> row = new LinkedHashMap<>();
            row.put("index", gpu.path("index").asText());
            row.put("name", gpu.path("name").asText());
            row.put("memory", gpu.path("memoryTotalMib").asText() + " MiB");
            row.put("holder", "");
            for (JsonNode holding : state.path("state").path("holders")) {
                JsonNode uuids = holding.path("uuids");
                for (int i = 0; i < uuids.size(); i++) {
                    if (uuids.get(i).asText().equals(gpu.path("uuid").asText())) {
                        row.put("holder", holding.path("claimant").path("description").asText());
                    }
                }
            }
            rows.add(row);
        }
        for (JsonNode holding : state.path("state").path("holders")) {
            JsonNode uuids = holding.path("uuids");
            for (int i = 0; i < uuids.size(); i++) {
                if (!present.contains(uuids.get(i).asText())) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("index", holding.path("indices").path(i).asText());
                    row.put("name", Messages.GpuComputerAction_Gone());
                    row.put("memory", "");
                    row.put("holder", holding.path("claimant").path("description").asText());
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The waiting requests, first in line first. */
    public List<Map<String, String>> getQueue() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode q : state().path("state").path("queue")) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("build", q.path("claimant").path("description").asText());
            row.put("count", q.path("request").path("count").asText());
            row.put("since", q.path("since").asText());
            rows.add(row);
        }
        return rows;
    }

    /** Adds the page to agents the scheduler knows. */
    @Extension
    public static class Factory extends TransientActionFactory<Computer> {
        @Override
        public Class<Computer> type() {
            return Computer.class;
        }

        @Override
        public Class<? extends Action> actionType() {
            return GpuComputerAction.class;
        }

        @Override
        public Collection<? extends Action> createFor(Computer target) {
            String node = target.getName().isEmpty() ? "built-in" : target.getName();
            return GpuScheduler.get().knows(node) ? List.of(new GpuComputerAction(target, node)) : List.of();
        }
    }
}
