package io.jenkins.plugins.modelci;

import io.modelci.gpu.AllocatorState;
import io.modelci.gpu.Claimant;
import io.modelci.gpu.Gpu;
import io.modelci.gpu.GpuAllocator;
import io.modelci.gpu.Holding;
import io.modelci.gpu.QueuedRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a new inventory of an agent (it reconnected, or a build detected its GPUs again) does to that agent's
 * queue, and why: the rules for GPUs that appeared or vanished.
 *
 * <ul>
 *   <li>The new inventory replaces the old one; holdings are kept, and whoever now fits is served.</li>
 *   <li>A holding of a GPU the agent no longer reports stays held until its build ends: only the build knows
 *       whether its process survived, and releasing the GPU early could hand a card still in use to another build
 *       if it comes back. The agent's page shows it as gone.</li>
 *   <li>A waiting request the new inventory can never satisfy (too few GPUs of its model) is refused, with the
 *       message it would have got when made, as the engine refuses such a request up front: left in line it
 *       would block every request behind it forever.</li>
 * </ul>
 *
 * @param refused the refused requests' claimant ids, each with the reason, in queue order
 * @param gone for each held GPU the agent no longer reports, a sentence saying who holds it
 */
@Restricted(NoExternalUse.class)
public record InventoryChange(Map<String, String> refused, List<String> gone) {
    public InventoryChange {
        refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
        gone = List.copyOf(gone);
    }

    /**
     * Gives the allocator the new inventory, then withdraws the waiting requests it can no longer satisfy. In that
     * order: the inventory first, so that withdrawing a blocked head of the queue serves the next request from the
     * GPUs that exist now, never from the vanished ones.
     */
    static InventoryChange apply(GpuAllocator allocator, List<Gpu> gpus) {
        allocator.updateInventory(gpus);
        AllocatorState state = allocator.state();
        Map<String, String> refused = new LinkedHashMap<>();
        for (QueuedRequest waiting : state.queue()) {
            long possible = gpus.stream().filter(waiting.request()::fitsModel).count();
            if (possible < waiting.request().count()) {
                refused.put(waiting.claimant().id(), "the agent now has " + (possible == 0 ? "no" : "only " + possible)
                        + " GPU" + (possible == 1 ? "" : "s") + " for " + waiting.request().describe()
                        + " (it reconnected with " + describe(gpus) + ")");
            }
        }
        refused.keySet().forEach(allocator::release);
        return new InventoryChange(refused, gone(state.holders(), gpus));
    }

    /** The held GPUs missing from the inventory, matched by UUID (indices shift when a card is removed). */
    static List<String> gone(List<Holding> holders, List<Gpu> gpus) {
        Set<String> present = gpus.stream().map(Gpu::uuid).collect(Collectors.toSet());
        List<String> gone = new ArrayList<>();
        for (Holding holding : holders) {
            for (int i = 0; i < holding.uuids().size(); i++) {
                if (!present.contains(holding.uuids().get(i))) {
                    gone.add("GPU " + holding.indices().get(i) + " (" + holding.uuids().get(i) + "), held by "
                            + describe(holding.claimant()) + ", is gone; it stays held until that build ends");
                }
            }
        }
        return gone;
    }

    private static String describe(Claimant claimant) {
        return claimant.description() == null || claimant.description().isBlank() ? claimant.id()
                : claimant.description();
    }

    static String describe(List<Gpu> gpus) {
        if (gpus.isEmpty()) {
            return "no GPU";
        }
        return gpus.stream().map(g -> g.index() + " " + g.name()).collect(Collectors.joining(", "));
    }
}
