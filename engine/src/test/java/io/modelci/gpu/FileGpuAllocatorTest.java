package io.modelci.gpu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileGpuAllocatorTest {
    @TempDir
    Path home;

    private FileGpuAllocator allocator(final int gpus) {
        return new FileGpuAllocator(home, () -> GpuAllocatorTest.gpus(gpus));
    }

    private static Process worker(final Path home, final int machine, final int count, final int rounds,
            final long holdMillis, final Path journal) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AllocatorWorker.class.getName(), home.toString(), Integer.toString(machine), Integer.toString(count),
                Integer.toString(rounds), Long.toString(holdMillis), journal.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    @Test
    void shouldNeverGiveOneGpuToTwoProcesses() throws Exception {
        Path journal = Files.createDirectories(home.resolve("journal"));
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(worker(home, 2, i == 0 ? 2 : 1, 5, 20, journal));
        }
        for (Process process : workers) {
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }

        List<long[]> holds = new ArrayList<>();
        try (Stream<Path> files = Files.list(journal)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] parts = line.split(" ");
                    holds.add(new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                            Long.parseLong(parts[3])});
                }
            }
        }
        assertThat(holds).hasSize(2 * 5 + 3 * 5);
        for (int i = 0; i < holds.size(); i++) {
            for (int j = i + 1; j < holds.size(); j++) {
                long[] a = holds.get(i);
                long[] b = holds.get(j);
                boolean overlap = a[0] == b[0] && a[1] < b[2] && b[1] < a[2];
                assertThat(overlap).as("GPU %d held twice at once", a[0]).isFalse();
            }
        }
        assertThat(allocator(2).read().holders()).isEmpty();
    }

    @Test
    void shouldFreeTheGpusOfAKilledHolder() throws Exception {
        Process holder = worker(home, 1, 1, 1, -1, Files.createDirectories(home.resolve("journal")));
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("acquired 0");
        assertThat(allocator(1).read().holders()).singleElement()
                .satisfies(holding -> assertThat(holding.claimant().pid()).isEqualTo(holder.pid()));

        holder.destroyForcibly().waitFor();
        FileGpuAllocator.Lease lease = allocator(1).acquire(Claimant.currentProcess("next"), GpuRequest.of(1),
                Duration.ofSeconds(30), message -> { });

        assertThat(lease.gpus()).extracting(Gpu::index).containsExactly(0);
        lease.close();
        assertThat(allocator(1).read().holders()).isEmpty();
    }

    @Test
    void shouldServeProcessesInTicketOrder() throws Exception {
        FileGpuAllocator allocator = allocator(2);
        FileGpuAllocator.Lease first = allocator.acquire(Claimant.currentProcess("small-1"), GpuRequest.of(1),
                Duration.ofSeconds(5), message -> { });
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Void> big = waitFor(allocator, "big", 2, order);
        awaitQueued(allocator, 1);
        CompletableFuture<Void> small = waitFor(allocator, "small-2", 1, order);
        awaitQueued(allocator, 2);
        Thread.sleep(300);
        assertThat(order).isEmpty();

        first.close();
        big.get(30, TimeUnit.SECONDS);
        small.get(30, TimeUnit.SECONDS);

        assertThat(order).containsExactly("big", "small-2");
    }

    private static CompletableFuture<Void> waitFor(final FileGpuAllocator allocator, final String name,
            final int count, final List<String> order) {
        return CompletableFuture.runAsync(() -> {
            try (FileGpuAllocator.Lease lease = allocator.acquire(Claimant.currentProcess(name),
                    GpuRequest.of(count), Duration.ofSeconds(30), message -> { })) {
                order.add(name);
                Thread.sleep(100);
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void awaitQueued(final FileGpuAllocator allocator, final int waiting) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (allocator.read().queue().size() < waiting) {
            assertThat(System.nanoTime() - deadline).isNegative();
            Thread.sleep(20);
        }
    }

    @Test
    void shouldShareAcrossThreadsOfOneProcess() throws Exception {
        FileGpuAllocator allocator = allocator(2);
        Set<Integer> inUse = ConcurrentHashMap.newKeySet();
        AtomicInteger conflicts = new AtomicInteger();
        List<CompletableFuture<Void>> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(CompletableFuture.runAsync(() -> {
                for (int round = 0; round < 5; round++) {
                    try (FileGpuAllocator.Lease lease = allocator.acquire(Claimant.currentProcess("thread"),
                            GpuRequest.of(1), Duration.ofSeconds(60), message -> { })) {
                        int index = lease.gpus().get(0).index();
                        if (!inUse.add(index)) {
                            conflicts.incrementAndGet();
                        }
                        Thread.sleep(5);
                        inUse.remove(index);
                    }
                    catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

        assertThat(conflicts).hasValue(0);
        assertThat(allocator.read().holders()).isEmpty();
    }

    @Test
    void shouldWithdrawTheTicketOnTimeoutAndRefuseTheImpossible() throws Exception {
        FileGpuAllocator allocator = allocator(1);
        FileGpuAllocator.Lease held = allocator.acquire(Claimant.currentProcess("holder"), GpuRequest.of(1),
                Duration.ofSeconds(5), message -> { });
        List<String> notices = new ArrayList<>();

        assertThatThrownBy(() -> allocator.acquire(Claimant.currentProcess("late"), GpuRequest.of(1),
                Duration.ofMillis(300), notices::add)).isInstanceOf(java.util.concurrent.TimeoutException.class);
        assertThatThrownBy(() -> allocator.acquire(Claimant.currentProcess("greedy"), GpuRequest.of(2),
                Duration.ofSeconds(5), notices::add)).isInstanceOf(io.modelci.InputException.class);

        assertThat(notices).first().asString()
                .startsWith("waiting for 1 GPU: GPU 0 is held by pid " + ProcessHandle.current().pid() + " (holder)");
        assertThat(allocator.read().queue()).isEmpty();
        held.close();
    }

    @Test
    void shouldFindItsHomeInTheEnvironment() {
        assertThat(FileGpuAllocator.defaultHome(Map.of("MODELCI_HOME", "/srv/modelci")))
                .isEqualTo(Path.of("/srv/modelci"));
        assertThat(FileGpuAllocator.defaultHome(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".modelci"));
    }
}
