package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Computer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.TransientActionFactory;

/**
 * "GPUs" on an agent's page: its GPUs as last detected, who holds which, and who waits, in order, from the
 * controller's {@link GpuScheduler}. Shown only for agents that have had a {@code withGpus}.
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

    /** One row per GPU: index, name, memory, and the build holding it (empty when free). */
    public List<Map<String, String>> getGpus() throws IOException {
        JsonNode state = state();
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode gpu : state.path("inventory")) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("index", gpu.path("index").asText());
            row.put("name", gpu.path("name").asText());
            row.put("memory", gpu.path("memoryTotalMib").asText() + " MiB");
            row.put("holder", "");
            for (JsonNode holding : state.path("state").path("holders")) {
                for (JsonNode index : holding.path("indices")) {
                    if (index.asInt() == gpu.path("index").asInt()) {
                        row.put("holder", holding.path("claimant").path("description").asText());
                    }
                }
            }
            rows.add(row);
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
