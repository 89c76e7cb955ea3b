package io.modelci.gpu;

import io.modelci.InputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The scheduling rules, on a mutable copy of an {@link AllocatorState}: strictly first come, first served. Only the
 * head of the queue is ever granted; while it waits for GPUs to free, nobody behind it is served, even when a
 * smaller request would fit. That is what keeps a request for eight GPUs from starving behind a stream of
 * one-GPU jobs. A request that no GPU of the machine could ever satisfy is refused when it is made, since it would
 * block the queue forever.
 */
final class FairQueue {
    private long nextTicket;
    private final List<Holding> holders;
    private final List<QueuedRequest> queue;

    FairQueue(final AllocatorState state) {
        nextTicket = state.nextTicket();
        holders = new ArrayList<>(state.holders());
        queue = new ArrayList<>(state.queue());
        queue.sort(java.util.Comparator.comparingLong(QueuedRequest::ticket));
    }

    AllocatorState state() {
        return new AllocatorState(nextTicket, holders, queue);
    }

    /**
     * Puts a request at the back of the queue, unless the claimant already waits or holds.
     *
     * @throws InputException when the machine has too few GPUs of the model to ever satisfy it
     */
    void enqueue(final Claimant claimant, final GpuRequest request, final List<Gpu> inventory) {
        if (isQueued(claimant.id()) || holding(claimant.id()) != null) {
            return;
        }
        long possible = inventory.stream().filter(request::fitsModel).count();
        if (possible < request.count()) {
            throw InputException.ofField("gpus", "asked for " + request.describe() + " but this machine has "
                    + (possible == 0 ? "none" : "only " + possible) + describeInventory(inventory));
        }
        queue.add(new QueuedRequest(nextTicket++, claimant, request, Instant.now().toString()));
    }

    /**
     * Grants the head of the queue, then the next, as long as each fits.
     *
     * @return the new holdings, in grant order
     */
    List<Holding> schedule(final List<Gpu> inventory) {
        List<Holding> granted = new ArrayList<>();
        while (!queue.isEmpty()) {
            QueuedRequest head = queue.get(0);
            Set<Integer> busy = busyIndices();
            Set<String> busyUuids = busyUuids();
            List<Gpu> chosen = new ArrayList<>();
            for (Gpu gpu : inventory) {
                // Busy by index or by UUID: when a card is removed the others are renumbered, and a held GPU that
                // now has another index must not look free (nor must the index it had, until its holder ends).
                if (chosen.size() < head.request().count() && !busy.contains(gpu.index())
                        && !busyUuids.contains(gpu.uuid()) && head.request().fitsNow(gpu)) {
                    chosen.add(gpu);
                }
            }
            if (chosen.size() < head.request().count()) {
                break;
            }
            queue.remove(0);
            Holding holding = new Holding(head.claimant(), chosen.stream().map(Gpu::index).toList(),
                    chosen.stream().map(Gpu::uuid).toList(), Instant.now().toString(), List.of());
            holders.add(holding);
            granted.add(holding);
        }
        return granted;
    }

    /** Removes the claimant's holding and queued request; returns whether there was either. */
    boolean release(final String claimantId) {
        boolean held = holders.removeIf(holding -> holding.claimant().id().equals(claimantId));
        boolean queued = queue.removeIf(request -> request.claimant().id().equals(claimantId));
        return held || queued;
    }

    /** Records a process started on the claimant's GPUs; returns whether the claimant holds any. */
    boolean adopt(final String claimantId, final LocalProcess process) {
        for (int i = 0; i < holders.size(); i++) {
            if (holders.get(i).claimant().id().equals(claimantId)) {
                holders.set(i, holders.get(i).withProcess(process));
                return true;
            }
        }
        return false;
    }

    /** Removes every holding and waiter that is no longer alive; returns their ids. */
    List<String> releaseDead() {
        return releaseIf(holding -> !holding.isAlive(), request -> !request.claimant().isAlive());
    }

    /** Removes the holdings and waiters the predicates pick; returns their ids. */
    List<String> releaseIf(final Predicate<Holding> deadHolding, final Predicate<QueuedRequest> deadRequest) {
        List<String> removed = new ArrayList<>();
        for (Holding holding : List.copyOf(holders)) {
            if (deadHolding.test(holding)) {
                removed.add(holding.claimant().id());
            }
        }
        for (QueuedRequest request : List.copyOf(queue)) {
            if (deadRequest.test(request)) {
                removed.add(request.claimant().id());
            }
        }
        removed.forEach(this::release);
        return removed;
    }

    Holding holding(final String claimantId) {
        return holders.stream().filter(h -> h.claimant().id().equals(claimantId)).findFirst().orElse(null);
    }

    boolean isQueued(final String claimantId) {
        return queue.stream().anyMatch(request -> request.claimant().id().equals(claimantId));
    }

    /** How many requests wait before this claimant's, or -1 when it does not wait. */
    int position(final String claimantId) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).claimant().id().equals(claimantId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Why the claimant's request still waits, for people: the requests ahead of it, and for each GPU of a fitting
     * model who holds it or how little memory it has free. Empty when the claimant does not wait.
     */
    String explainWait(final String claimantId, final List<Gpu> inventory) {
        int ahead = position(claimantId);
        if (ahead < 0) {
            return "";
        }
        GpuRequest request = queue.get(ahead).request();
        List<String> reasons = new ArrayList<>();
        if (ahead > 0) {
            reasons.add(ahead + (ahead == 1 ? " request" : " requests") + " ahead");
        }
        for (Gpu gpu : inventory) {
            if (!request.fitsModel(gpu)) {
                continue;
            }
            Holding holder = holders.stream().filter(h -> h.uuids().contains(gpu.uuid())).findFirst().orElse(null);
            if (holder != null) {
                reasons.add("GPU " + gpu.index() + " is held by " + describe(holder.claimant()));
            }
            else if (!request.fitsNow(gpu)) {
                reasons.add("GPU " + gpu.index() + " has only " + gpu.memoryFreeMib() + " of "
                        + gpu.memoryTotalMib() + " MiB free");
            }
            else {
                reasons.add("GPU " + gpu.index() + " is free");
            }
        }
        return String.join("; ", reasons);
    }

    private static String describe(final Claimant claimant) {
        String description = claimant.description() == null || claimant.description().isBlank()
                ? claimant.id() : claimant.description();
        return claimant.pid() > 0 ? "pid " + claimant.pid() + " (" + description + ")" : description;
    }

    private Set<String> busyUuids() {
        Set<String> busy = new HashSet<>();
        holders.forEach(holding -> busy.addAll(holding.uuids()));
        return busy;
    }

    private Set<Integer> busyIndices() {
        Set<Integer> busy = new HashSet<>();
        holders.forEach(holding -> busy.addAll(holding.indices()));
        return busy;
    }

    /** The GPUs of a holding, looked up in the inventory (by UUID, so a renumbered GPU is still found). */
    static List<Gpu> gpusOf(final Holding holding, final List<Gpu> inventory) {
        List<Gpu> gpus = new ArrayList<>();
        for (int i = 0; i < holding.indices().size(); i++) {
            String uuid = holding.uuids().get(i);
            int index = holding.indices().get(i);
            gpus.add(inventory.stream().filter(gpu -> gpu.uuid().equals(uuid)).findFirst()
                    .orElse(new Gpu(index, uuid, "unknown", 0, -1, -1)));
        }
        return gpus;
    }

    private static String describeInventory(final List<Gpu> inventory) {
        if (inventory.isEmpty()) {
            return " (no GPU found: is nvidia-smi installed and the NVIDIA driver loaded?)";
        }
        StringBuilder text = new StringBuilder(" (it has");
        for (Gpu gpu : inventory) {
            text.append(" GPU ").append(gpu.index()).append(": ").append(gpu.name()).append(", ")
                    .append(gpu.memoryTotalMib()).append(" MiB;");
        }
        text.setLength(text.length() - 1);
        return text.append(')').toString();
    }
}
