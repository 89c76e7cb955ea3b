package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.gpu.AllocatorState;
import io.modelci.gpu.Claimant;
import io.modelci.gpu.Gpu;
import io.modelci.gpu.GpuAllocator;
import io.modelci.gpu.GpuGrant;
import io.modelci.gpu.GpuRequest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import hudson.model.Run;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The controller's GPU queues, one engine {@link GpuAllocator} (FIFO-fair) per agent. Waiting costs nothing: a
 * waiting {@code withGpus} is only an entry here and a callback, like lockable-resources' {@code lock}. Every
 * change is written to {@code JENKINS_HOME/model-ci/gpu-allocations.json}, so holdings and queue order survive a
 * controller restart; resumed step executions find their grant again through {@link #grantOf}.
 */
@Restricted(NoExternalUse.class)
public final class GpuScheduler {
    private static final Logger LOGGER = Logger.getLogger(GpuScheduler.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final GpuScheduler INSTANCE = new GpuScheduler(
            () -> new File(Jenkins.get().getRootDir(), "model-ci"),
            () -> Jenkins.get().getRootDir() + "@" + System.identityHashCode(Jenkins.get()));

    private final Map<String, GpuAllocator> allocators = new TreeMap<>();
    private final Map<String, Consumer<GpuGrant>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Consumer<String>> refusalListeners = new ConcurrentHashMap<>();
    private Map<String, AllocatorState> saved;
    /** Each node's saved entry as read, written back unchanged until the node's allocator is made. */
    private Map<String, JsonNode> savedRaw;
    private final Map<String, List<Gpu>> inventories = new TreeMap<>();
    private Map<String, List<Gpu>> savedInventories;
    /** Requests refused while nobody listened (before their step resumed): node, claimant id, reason. */
    private final Map<String, Map<String, String>> refused = new TreeMap<>();
    /** The Jenkins instance the state belongs to; a new one (a restart in the same JVM, as in tests) starts over. */
    private String owner;
    private final Supplier<File> directory;
    private final Supplier<String> ownerKey;

    /**
     * @param directory where {@code gpu-allocations.json} lives
     * @param ownerKey names the Jenkins instance the state belongs to; when it changes, the state is read again
     */
    GpuScheduler(Supplier<File> directory, Supplier<String> ownerKey) {
        this.directory = directory;
        this.ownerKey = ownerKey;
    }

    /** The controller's scheduler. */
    public static GpuScheduler get() {
        return INSTANCE;
    }

    /**
     * Queues a request for GPUs on a node; {@code onGrant} is called once, now or when GPUs free up (from the
     * thread that freed them).
     *
     * @param inventoryJson the node's GPUs, from {@link #inventoryJson}, detected on the agent just before
     */
    public void request(String node, String inventoryJson, String claimantId, String description,
            GpuRequest request, Consumer<GpuGrant> onGrant, Consumer<String> onRefused) throws IOException {
        GpuAllocator allocator;
        synchronized (this) {
            allocator = allocator(node, parseInventory(inventoryJson));
            waiting.put(claimantId, onGrant);
            refusalListeners.put(claimantId, onRefused);
        }
        Optional<GpuGrant> now = allocator.enqueue(Claimant.external(claimantId, description), request);
        persist();
        now.ifPresent(this::deliver);
    }

    /**
     * After a restart: waits again for a grant that may already have come while the controller was down, or hears
     * of a refusal that came meanwhile (the agent reconnected without the GPUs the request needs).
     */
    public void reattach(String node, String claimantId, Consumer<GpuGrant> onGrant, Consumer<String> onRefused)
            throws IOException {
        GpuAllocator allocator;
        String reason;
        synchronized (this) {
            allocator = allocator(node, null);
            reason = refused.getOrDefault(node, new TreeMap<>()).remove(claimantId);
            if (reason == null) {
                waiting.put(claimantId, onGrant);
                refusalListeners.put(claimantId, onRefused);
            }
        }
        if (reason != null) {
            persist();
            onRefused.accept(reason);
            return;
        }
        allocator.grantOf(claimantId).ifPresent(this::deliver);
    }

    /**
     * Takes a node's inventory read without a request (when the agent connects): it replaces the known one, holdings
     * are kept, whoever now fits is served, and the waiting requests it can never satisfy are refused (see
     * {@link InventoryChange}). Makes the node known, so its GPUs page shows.
     *
     * @param inventoryJson the node's GPUs, from {@link #inventoryJson}
     * @return what the change did to the queue
     */
    public InventoryChange updateInventory(String node, String inventoryJson) throws IOException {
        List<Gpu> gpus = parseInventory(inventoryJson);
        GpuAllocator allocator;
        synchronized (this) {
            allocator = allocator(node, null);
            inventories.put(node, gpus);
        }
        InventoryChange change = InventoryChange.apply(allocator, gpus);
        for (Map.Entry<String, String> refusal : change.refused().entrySet()) {
            waiting.remove(refusal.getKey());
            Consumer<String> listener = refusalListeners.remove(refusal.getKey());
            if (listener != null) {
                listener.accept(refusal.getValue());
            } else {
                synchronized (this) {
                    refused.computeIfAbsent(node, n -> new TreeMap<>()).put(refusal.getKey(), refusal.getValue());
                }
            }
        }
        persist();
        return change;
    }

    /** Why the claimant still waits on the node (who holds the GPUs, the requests ahead); empty when it does not. */
    public synchronized String explainWait(String node, String claimantId) throws IOException {
        return allocator(node, null).explainWait(claimantId);
    }

    /** The claimant's grant, if it holds GPUs on the node. */
    public synchronized Optional<GpuGrant> grantOf(String node, String claimantId) throws IOException {
        return allocator(node, null).grantOf(claimantId);
    }

    /**
     * Whether the node's GPUs are known since this controller started: a build asked for GPUs there, or the agent
     * connected with GPUs (or with the property).
     */
    public synchronized boolean knows(String node) {
        return allocators.containsKey(node);
    }

    /** Gives back the claimant's GPUs (or withdraws its request) and serves the next in line. */
    public void release(String node, String claimantId) {
        waiting.remove(claimantId);
        refusalListeners.remove(claimantId);
        GpuAllocator allocator;
        boolean forgotten;
        synchronized (this) {
            allocator = allocators.get(node);
            forgotten = refused.containsKey(node) && refused.get(node).remove(claimantId) != null;
        }
        if (allocator != null && allocator.release(claimantId) || forgotten) {
            persist();
        }
    }

    /**
     * Frees what builds that no longer run held or waited for (a build deleted, or killed without its body's
     * callback running). Claimant ids start with the build's externalizable id and {@code |}.
     */
    public void releaseFinishedBuilds() {
        List<String> dead = new ArrayList<>();
        Map<String, GpuAllocator> all;
        synchronized (this) {
            all = new TreeMap<>(allocators);
            for (GpuAllocator allocator : allocators.values()) {
                AllocatorState state = allocator.state();
                List<Claimant> claimants = new ArrayList<>();
                state.holders().forEach(h -> claimants.add(h.claimant()));
                state.queue().forEach(q -> claimants.add(q.claimant()));
                for (Claimant c : claimants) {
                    int bar = c.id().indexOf('|');
                    Run<?, ?> build = bar < 0 ? null : Run.fromExternalizableId(c.id().substring(0, bar));
                    if (build == null || !build.isBuilding()) {
                        dead.add(c.id());
                    }
                }
            }
            for (Map<String, String> reasons : refused.values()) {
                reasons.keySet().removeIf(id -> {
                    int bar = id.indexOf('|');
                    Run<?, ?> build = bar < 0 ? null : Run.fromExternalizableId(id.substring(0, bar));
                    return build == null || !build.isBuilding();
                });
            }
        }
        for (Map.Entry<String, GpuAllocator> e : all.entrySet()) {
            for (String id : dead) {
                if (e.getValue().release(id)) {
                    LOGGER.info(() -> "freed the GPUs of " + id + " on " + e.getKey() + ": its build no longer runs");
                }
            }
        }
        if (!dead.isEmpty()) {
            persist();
        }
    }

    /**
     * Who holds and who waits, and the GPUs, per node, as JSON: {@code {node: {"state": {...}, "inventory": [...]}}}.
     * What is persisted, so that after a restart the queue can be served before a new inventory is detected.
     */
    public synchronized String stateJson() throws IOException {
        Map<String, JsonNode> nodes = new TreeMap<>();
        if (savedRaw != null) {
            // Nodes not touched since the restart keep their saved entry, or the next restart would lose them.
            nodes.putAll(savedRaw);
        }
        for (Map.Entry<String, GpuAllocator> e : allocators.entrySet()) {
            ObjectNode node = MAPPER.createObjectNode();
            node.set("state", MAPPER.readTree(e.getValue().state().toJson()));
            node.set("inventory", MAPPER.readTree(inventoryJson(inventories.getOrDefault(e.getKey(), List.of()))));
            Map<String, String> reasons = refused.getOrDefault(e.getKey(), Map.of());
            if (!reasons.isEmpty()) {
                ObjectNode refusals = node.putObject("refused");
                reasons.forEach(refusals::put);
            }
            nodes.put(e.getKey(), node);
        }
        ObjectNode out = MAPPER.createObjectNode();
        nodes.forEach(out::set);
        return out.toString();
    }

    private void deliver(GpuGrant grant) {
        Consumer<GpuGrant> callback = waiting.remove(grant.claimant().id());
        if (callback != null) {
            callback.accept(grant);
        }
    }

    /** The node's allocator, restored from disk on first use; a fresh inventory replaces the known one. */
    private GpuAllocator allocator(String node, List<Gpu> inventory) throws IOException {
        String current = ownerKey.get();
        if (!current.equals(owner)) {
            allocators.clear();
            inventories.clear();
            refused.clear();
            saved = null;
            savedRaw = null;
            savedInventories = null;
            owner = current;
        }
        if (inventory != null) {
            inventories.put(node, inventory);
        }
        GpuAllocator allocator = allocators.get(node);
        if (allocator == null) {
            AllocatorState state = loadSaved().get(node);
            // After a restart the last inventory seen is used until a withGpus on that node detects it again.
            List<Gpu> gpus = inventory != null ? inventory : savedInventories.getOrDefault(node, List.of());
            inventories.put(node, gpus);
            allocator = state == null ? new GpuAllocator(gpus) : GpuAllocator.restore(state, gpus);
            allocator.onGrant(this::deliver);
            allocators.put(node, allocator);
        } else if (inventory != null) {
            allocator.updateInventory(inventory);
        }
        return allocator;
    }

    private Map<String, AllocatorState> loadSaved() throws IOException {
        if (saved == null) {
            saved = new TreeMap<>();
            savedRaw = new TreeMap<>();
            savedInventories = new TreeMap<>();
            File f = file();
            if (f.isFile()) {
                JsonNode tree = MAPPER.readTree(f);
                for (Map.Entry<String, JsonNode> e : tree.properties()) {
                    savedRaw.put(e.getKey(), e.getValue());
                    saved.put(e.getKey(), AllocatorState.fromJson(e.getValue().path("state").toString(), f.getPath()));
                    if (e.getValue().has("inventory")) {
                        savedInventories.put(e.getKey(), parseInventory(e.getValue().get("inventory").toString()));
                    }
                    for (Map.Entry<String, JsonNode> reason : e.getValue().path("refused").properties()) {
                        refused.computeIfAbsent(e.getKey(), n -> new TreeMap<>())
                                .put(reason.getKey(), reason.getValue().asText());
                    }
                }
            }
        }
        return saved;
    }

    private synchronized void persist() {
        try {
            File f = file();
            Files.createDirectories(f.getParentFile().toPath());
            File tmp = new File(f.getParentFile(), f.getName() + ".tmp");
            Files.writeString(tmp.toPath(), stateJson(), StandardCharsets.UTF_8);
            Files.move(tmp.toPath(), f.toPath(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "could not save the GPU allocations", e);
        }
    }

    private File file() {
        return new File(directory.get(), "gpu-allocations.json");
    }

    /** The GPUs as plain JSON fields (MIG partitions are not scheduled separately). */
    static String inventoryJson(List<Gpu> gpus) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Gpu g : gpus) {
            out.addObject().put("index", g.index()).put("uuid", g.uuid()).put("name", g.name())
                    .put("memoryTotalMib", g.memoryTotalMib()).put("memoryUsedMib", g.memoryUsedMib())
                    .put("utilizationPercent", g.utilizationPercent());
        }
        return out.toString();
    }

    static List<Gpu> parseInventory(String json) throws IOException {
        List<Gpu> gpus = new ArrayList<>();
        for (JsonNode g : MAPPER.readTree(json)) {
            gpus.add(new Gpu(g.path("index").asInt(), g.path("uuid").asText(), g.path("name").asText(),
                    g.path("memoryTotalMib").asLong(), g.path("memoryUsedMib").asLong(-1),
                    g.path("utilizationPercent").asInt(-1)));
        }
        return gpus;
    }
}
