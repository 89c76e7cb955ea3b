package io.modelci.gpu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Allocates the GPUs of one machine among the claimants of one process, first come first served (see
 * {@link FairQueue}). Thread-safe.
 *
 * <p>Two ways to use it. Blocking: {@link #acquire} waits for the grant. Non-blocking, as a Jenkins step must:
 * {@link #enqueue}, then learn of the grant from a {@link #onGrant listener} (or {@link #grantOf}), and
 * {@link #release} when the body ends. {@link #state()} and {@link #restore} carry the queue and the holdings
 * across a controller restart; {@link #releaseDead()} frees what crashed local processes held.
 */
public final class GpuAllocator {
    private final Object lock = new Object();
    private final List<Consumer<GpuGrant>> listeners = new CopyOnWriteArrayList<>();
    private List<Gpu> inventory;
    private FairQueue queue;

    public GpuAllocator(final List<Gpu> inventory) {
        this(inventory, AllocatorState.empty());
    }

    private GpuAllocator(final List<Gpu> inventory, final AllocatorState state) {
        this.inventory = List.copyOf(inventory);
        this.queue = new FairQueue(state);
    }

    /** An allocator that goes on from a saved state; holdings and queue order are kept. */
    public static GpuAllocator restore(final AllocatorState state, final List<Gpu> inventory) {
        GpuAllocator allocator = new GpuAllocator(inventory, state);
        allocator.queue.schedule(allocator.inventory);
        return allocator;
    }

    /**
     * Why the claimant still waits, for people: the requests ahead, who holds each fitting GPU, or how little
     * memory it has free. Empty when the claimant does not wait.
     */
    public String explainWait(final String claimantId) {
        synchronized (lock) {
            return queue.explainWait(claimantId, inventory);
        }
    }

    /** Hears every grant, from the thread that made it possible (an enqueue or a release). */
    public void onGrant(final Consumer<GpuGrant> listener) {
        listeners.add(listener);
    }

    /**
     * Queues a request; it is granted at once when it is first in line and GPUs are free.
     *
     * @return the grant when it came at once
     * @throws io.modelci.InputException when the machine could never satisfy it
     */
    public Optional<GpuGrant> enqueue(final Claimant claimant, final GpuRequest request) {
        List<GpuGrant> granted;
        synchronized (lock) {
            queue.enqueue(claimant, request, inventory);
            granted = scheduleLocked();
        }
        announce(granted);
        return grantOf(claimant.id());
    }

    /**
     * Waits for GPUs.
     *
     * @throws TimeoutException when they were not granted in time (the request is withdrawn)
     * @throws InterruptedException when interrupted (the request is withdrawn)
     */
    public GpuGrant acquire(final Claimant claimant, final GpuRequest request, final Duration timeout)
            throws InterruptedException, TimeoutException {
        enqueue(claimant, request);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            try {
                while (true) {
                    Holding holding = queue.holding(claimant.id());
                    if (holding != null) {
                        return new GpuGrant(holding.claimant(), FairQueue.gpusOf(holding, inventory));
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new TimeoutException("no " + request.describe() + " within "
                                + timeout.toSeconds() + " s: " + queue.explainWait(claimant.id(), inventory));
                    }
                    lock.wait(Math.max(1, left / 1_000_000));
                }
            }
            catch (InterruptedException | TimeoutException e) {
                release(claimant.id());
                throw e;
            }
        }
    }

    /** The claimant's GPUs, when granted. */
    public Optional<GpuGrant> grantOf(final String claimantId) {
        synchronized (lock) {
            Holding holding = queue.holding(claimantId);
            return holding == null ? Optional.empty()
                    : Optional.of(new GpuGrant(holding.claimant(), FairQueue.gpusOf(holding, inventory)));
        }
    }

    /**
     * Gives back the claimant's GPUs, or withdraws its request, and serves whoever can go next.
     *
     * @return whether the claimant held or waited
     */
    public boolean release(final String claimantId) {
        List<GpuGrant> granted;
        boolean found;
        synchronized (lock) {
            found = queue.release(claimantId);
            granted = scheduleLocked();
        }
        announce(granted);
        return found;
    }

    /** Frees what dead local processes held or waited for; returns their ids. */
    public List<String> releaseDead() {
        List<String> removed;
        List<GpuGrant> granted;
        synchronized (lock) {
            removed = queue.releaseDead();
            granted = scheduleLocked();
        }
        announce(granted);
        return removed;
    }

    /** Records a process started on the claimant's GPUs: the GPUs stay held while it runs. */
    public boolean adopt(final String claimantId, final ProcessHandle process) {
        synchronized (lock) {
            return queue.adopt(claimantId, LocalProcess.of(process));
        }
    }

    /** Takes a fresh inventory (memory use changes), then serves whoever now fits. */
    public void updateInventory(final List<Gpu> gpus) {
        List<GpuGrant> granted;
        synchronized (lock) {
            inventory = List.copyOf(gpus);
            granted = scheduleLocked();
        }
        announce(granted);
    }

    /** A snapshot of holdings and queue, to persist. */
    public AllocatorState state() {
        synchronized (lock) {
            return queue.state();
        }
    }

    private List<GpuGrant> scheduleLocked() {
        List<GpuGrant> grants = new ArrayList<>();
        for (Holding holding : queue.schedule(inventory)) {
            grants.add(new GpuGrant(holding.claimant(), FairQueue.gpusOf(holding, inventory)));
        }
        lock.notifyAll();
        return grants;
    }

    private void announce(final List<GpuGrant> grants) {
        for (GpuGrant grant : grants) {
            listeners.forEach(listener -> listener.accept(grant));
        }
    }
}
