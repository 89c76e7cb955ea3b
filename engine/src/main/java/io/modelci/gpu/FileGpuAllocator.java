package io.modelci.gpu;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shares the GPUs of one machine among separate processes (several {@code modelci train --gpus N} on a shared
 * server) through a state file, {@code gpus.json}, guarded by an exclusive lock on {@code gpus.lock} in the
 * Model CI home ({@code ~/.modelci}, or {@code MODELCI_HOME}).
 *
 * <p>Each process takes a ticket and polls: under the lock it frees what dead processes held (a pid that is gone,
 * or that now belongs to a program started at another time), then serves the queue in ticket order, exactly as
 * {@link GpuAllocator} does in one process. The OS drops a file lock when its process dies, so a crash while
 * holding the lock cannot wedge the others.
 */
public final class FileGpuAllocator {
    /** The environment variable that moves the Model CI home. */
    public static final String HOME_VARIABLE = "MODELCI_HOME";
    private static final Duration POLL = Duration.ofMillis(250);
    /** File locks belong to the JVM, not the thread: threads of one JVM take turns on this lock first. */
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    /** nvidia-smi takes a while and its answer changes slowly; waiting processes need not ask it on every poll. */
    private static final Duration INVENTORY_MAX_AGE = Duration.ofSeconds(5);

    private final Path home;
    private final Supplier<List<Gpu>> inventory;
    private List<Gpu> cachedInventory;
    private long cachedAt;

    /**
     * @param home the directory holding {@code gpus.lock} and {@code gpus.json}
     * @param inventory asked for the GPUs (and their memory use) each time the queue is served
     */
    public FileGpuAllocator(final Path home, final Supplier<List<Gpu>> inventory) {
        this.home = home.toAbsolutePath().normalize();
        this.inventory = inventory;
    }

    /** {@code MODELCI_HOME} when set, else {@code ~/.modelci}. */
    public static Path defaultHome(final Map<String, String> environment) {
        String explicit = environment.get(HOME_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return Path.of(System.getProperty("user.home"), ".modelci");
    }

    public Path stateFile() {
        return home.resolve("gpus.json");
    }

    /**
     * Waits for GPUs.
     *
     * @param waiting hears, now and then, why the request still waits (for a progress line)
     * @throws TimeoutException when not granted in time (the ticket is withdrawn)
     * @throws InterruptedException when interrupted (the ticket is withdrawn)
     * @throws io.modelci.InputException when the machine could never satisfy the request
     */
    public Lease acquire(final Claimant claimant, final GpuRequest request, final Duration timeout,
            final Consumer<String> waiting) throws IOException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextNotice = System.nanoTime();
        try {
            while (true) {
                List<Gpu> gpus = currentInventory();
                Object[] answer = update(queue -> {
                    queue.releaseDead();
                    queue.enqueue(claimant, request, gpus);
                    queue.schedule(gpus);
                    Holding holding = queue.holding(claimant.id());
                    return new Object[] {holding, queue.explainWait(claimant.id(), gpus)};
                });
                if (answer[0] != null) {
                    return new Lease(this, new GpuGrant(claimant, FairQueue.gpusOf((Holding) answer[0], gpus)));
                }
                long now = System.nanoTime();
                if (now - deadline >= 0) {
                    throw new TimeoutException("no " + request.describe() + " within " + timeout.toSeconds()
                            + " s: " + answer[1]);
                }
                if (now - nextNotice >= 0) {
                    waiting.accept("waiting for " + request.describe() + ": " + answer[1]);
                    nextNotice = now + Duration.ofSeconds(30).toNanos();
                }
                Thread.sleep(POLL.toMillis());
            }
        }
        catch (InterruptedException | TimeoutException | RuntimeException e) {
            release(claimant.id());
            throw e;
        }
    }

    private synchronized List<Gpu> currentInventory() {
        long now = System.nanoTime();
        if (cachedInventory == null || now - cachedAt > INVENTORY_MAX_AGE.toNanos()) {
            cachedInventory = List.copyOf(inventory.get());
            cachedAt = now;
        }
        return cachedInventory;
    }

    /** Gives back the claimant's GPUs or withdraws its ticket. */
    public void release(final String claimantId) throws IOException {
        update(queue -> queue.release(claimantId));
    }

    /** The current holdings and queue, after freeing what dead processes held. */
    public AllocatorState read() throws IOException {
        return update(queue -> {
            queue.releaseDead();
            return queue.state();
        });
    }

    private <T> T update(final Function<FairQueue, T> change) throws IOException {
        Files.createDirectories(home);
        Path lockFile = home.resolve("gpus.lock");
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            Path file = stateFile();
            String json = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            FairQueue queue = new FairQueue(AllocatorState.fromJson(json, file.toString()));
            T result = change.apply(queue);
            String updated = queue.state().toJson();
            if (!updated.equals(json)) {
                Path temp = home.resolve("gpus.json.tmp");
                Files.writeString(temp, updated, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return result;
        }
        finally {
            jvmLock.unlock();
        }
    }

    /** GPUs held until {@link #close()}. */
    public static final class Lease implements AutoCloseable {
        private final FileGpuAllocator allocator;
        private final GpuGrant grant;

        Lease(final FileGpuAllocator allocator, final GpuGrant grant) {
            this.allocator = allocator;
            this.grant = grant;
        }

        public GpuGrant grant() {
            return grant;
        }

        public List<Gpu> gpus() {
            return grant.gpus();
        }

        /**
         * Records a process started on these GPUs (the training command). When this process is killed outright
         * (SIGKILL, no chance to clean up) the training may live on as an orphan; its GPUs then stay held until it
         * ends too, instead of being handed to the next job while still in use.
         */
        public void adopt(final ProcessHandle process) throws IOException {
            LocalProcess started = LocalProcess.of(process);
            allocator.update(queue -> queue.adopt(grant.claimant().id(), started));
        }

        @Override
        public void close() throws IOException {
            allocator.release(grant.claimant().id());
        }
    }
}
