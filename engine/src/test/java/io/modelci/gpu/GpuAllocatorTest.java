package io.modelci.gpu;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GpuAllocatorTest {
    static List<Gpu> gpus(final int count) {
        List<Gpu> gpus = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            gpus.add(new Gpu(i, "GPU-" + i, "NVIDIA A100-SXM4-80GB", 81920, 4, 0));
        }
        return gpus;
    }

    private static final List<Gpu> MIXED = List.of(
            new Gpu(0, "GPU-t4", "Tesla T4", 15360, 0, 0),
            new Gpu(1, "GPU-a100-busy", "NVIDIA A100-SXM4-80GB", 81920, 70000, 90),
            new Gpu(2, "GPU-a100", "NVIDIA A100-SXM4-80GB", 81920, 4, 0));

    @Test
    void shouldGrantSpecificGpusLowestIndexFirst() {
        GpuAllocator allocator = new GpuAllocator(gpus(4));

        GpuGrant grant = allocator.enqueue(Claimant.external("a", "job a"), GpuRequest.of(2)).orElseThrow();

        assertThat(grant.gpus()).extracting(Gpu::index).containsExactly(0, 1);
        assertThat(allocator.enqueue(Claimant.external("b", "job b"), GpuRequest.of(1)).orElseThrow().gpus())
                .extracting(Gpu::uuid).containsExactly("GPU-2");
    }

    @Test
    void shouldNeverGrantAHeldGpuAgainWhenARemovedCardRenumbersTheOthers() {
        GpuAllocator allocator = new GpuAllocator(gpus(2));
        allocator.enqueue(Claimant.external("a", "job a"), GpuRequest.of(1)).orElseThrow();
        allocator.enqueue(Claimant.external("b", "job b"), GpuRequest.of(1)).orElseThrow();
        allocator.release("a");

        // GPU-0 removed: GPU-1, still held by b, is now index 0.
        allocator.updateInventory(List.of(new Gpu(0, "GPU-1", "NVIDIA A100-SXM4-80GB", 81920, 4, 0)));

        assertThat(allocator.enqueue(Claimant.external("c", "job c"), GpuRequest.of(1))).isEmpty();
        assertThat(allocator.explainWait("c")).contains("GPU 0 is held by job b");
        allocator.release("b");
        assertThat(allocator.grantOf("c").orElseThrow().gpus()).extracting(Gpu::uuid).containsExactly("GPU-1");
    }

    @Test
    void shouldHonourNamePatternAndFreeMemory() {
        GpuAllocator allocator = new GpuAllocator(MIXED);

        GpuGrant grant = allocator.enqueue(Claimant.external("a", "a"), new GpuRequest(1, 20000, "a100"))
                .orElseThrow();

        assertThat(grant.gpus()).extracting(Gpu::uuid).containsExactly("GPU-a100");
    }

    @Test
    void shouldServeStrictlyInOrderSoThatABigRequestIsNotStarved() {
        GpuAllocator allocator = new GpuAllocator(gpus(2));
        List<String> grants = new CopyOnWriteArrayList<>();
        allocator.onGrant(grant -> grants.add(grant.claimant().id()));
        allocator.enqueue(Claimant.external("small-1", ""), GpuRequest.of(1));

        assertThat(allocator.enqueue(Claimant.external("big", ""), GpuRequest.of(2))).isEmpty();
        // One GPU is free, but the big request is first in line.
        assertThat(allocator.enqueue(Claimant.external("small-2", ""), GpuRequest.of(1))).isEmpty();

        allocator.release("small-1");
        assertThat(allocator.grantOf("big")).isPresent();
        assertThat(allocator.grantOf("small-2")).isEmpty();
        allocator.release("big");
        assertThat(allocator.grantOf("small-2")).isPresent();
        assertThat(grants).containsExactly("small-1", "big", "small-2");
    }

    @Test
    void shouldRefuseARequestTheMachineCanNeverSatisfy() {
        GpuAllocator allocator = new GpuAllocator(MIXED);

        assertThatThrownBy(() -> allocator.enqueue(Claimant.external("a", ""), new GpuRequest(2, 0, "H100")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("asked for 2 GPUs matching 'H100' but this machine has none")
                .hasMessageContaining("0: Tesla T4");
        assertThatThrownBy(() -> new GpuAllocator(List.of()).enqueue(Claimant.external("a", ""), GpuRequest.of(1)))
                .isInstanceOf(InputException.class).hasMessageContaining("no GPU found");
        assertThat(allocator.state().queue()).isEmpty();
    }

    @Test
    void shouldGoOnFromASavedState() {
        GpuAllocator before = new GpuAllocator(gpus(2));
        before.enqueue(Claimant.external("holder", "build 1"), GpuRequest.of(2));
        before.enqueue(Claimant.external("waiter", "build 2"), GpuRequest.of(1));
        String json = before.state().toJson();

        GpuAllocator after = GpuAllocator.restore(AllocatorState.fromJson(json, "state"), gpus(2));

        assertThat(after.state()).isEqualTo(before.state());
        assertThat(after.grantOf("holder").orElseThrow().gpus()).hasSize(2);
        after.release("holder");
        assertThat(after.grantOf("waiter").orElseThrow().gpus()).extracting(Gpu::index).containsExactly(0);
        assertThat(after.state().nextTicket()).isEqualTo(3);
    }

    @Test
    void shouldFreeWhatDeadOrReusedProcessesHeld() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        GpuAllocator allocator = new GpuAllocator(gpus(3));
        allocator.enqueue(new Claimant("dead", gone.pid(), null, "crashed"), GpuRequest.of(1));
        long self = ProcessHandle.current().pid();
        allocator.enqueue(new Claimant("reused", self, "2001-01-01T00:00:00Z", "pid reused"), GpuRequest.of(1));
        allocator.enqueue(Claimant.currentProcess("alive"), GpuRequest.of(1));

        List<String> freed = allocator.releaseDead();

        assertThat(freed).containsExactlyInAnyOrder("dead", "reused");
        assertThat(allocator.state().holders()).hasSize(1);
        assertThat(allocator.state().holders().get(0).claimant().description()).isEqualTo("alive");
    }

    @Test
    void shouldKeepTheGpusOfAKilledHolderWhileItsTrainingStillRuns() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Process training = new ProcessBuilder("sleep", "60").start();
        try {
            GpuAllocator allocator = new GpuAllocator(gpus(1));
            allocator.enqueue(new Claimant("killed", gone.pid(), null, "modelci killed with SIGKILL"),
                    GpuRequest.of(1));
            assertThat(allocator.adopt("killed", training.toHandle())).isTrue();

            assertThat(allocator.releaseDead()).isEmpty();
            training.destroyForcibly().waitFor();
            assertThat(allocator.releaseDead()).containsExactly("killed");
            assertThat(allocator.state().holders()).isEmpty();
        }
        finally {
            training.destroyForcibly();
        }
    }

    @Test
    void shouldNeverGiveOneGpuToTwoThreads() throws Exception {
        GpuAllocator allocator = new GpuAllocator(gpus(3));
        Set<Integer> inUse = ConcurrentHashMap.newKeySet();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int count = t % 3 == 0 ? 2 : 1;
            futures.add(pool.submit(() -> {
                for (int round = 0; round < 25; round++) {
                    Claimant claimant = Claimant.currentProcess("worker");
                    GpuGrant grant = allocator.acquire(claimant, GpuRequest.of(count), Duration.ofSeconds(60));
                    for (Gpu gpu : grant.gpus()) {
                        if (!inUse.add(gpu.index())) {
                            conflicts.incrementAndGet();
                        }
                    }
                    Thread.yield();
                    grant.gpus().forEach(gpu -> inUse.remove(gpu.index()));
                    allocator.release(claimant.id());
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(conflicts).hasValue(0);
        assertThat(done).hasValue(200);
        assertThat(allocator.state().holders()).isEmpty();
        assertThat(allocator.state().queue()).isEmpty();
    }

    @Test
    void shouldWithdrawARequestThatTimesOut() {
        GpuAllocator allocator = new GpuAllocator(gpus(1));
        allocator.enqueue(Claimant.external("holder", "train #4"), GpuRequest.of(1));

        assertThatThrownBy(() -> allocator.acquire(Claimant.external("late", ""), GpuRequest.of(1),
                Duration.ofMillis(50))).isInstanceOf(java.util.concurrent.TimeoutException.class)
                .hasMessage("no 1 GPU within 0 s: GPU 0 is held by train #4");
        assertThat(allocator.state().queue()).isEmpty();
    }

    @Test
    void shouldExplainWhyARequestWaits() {
        // The recorded H100 while a program outside Model CI held 60 GiB of it.
        List<Gpu> h100 = NvidiaSmiParser.parseQuery(FakeNvidiaSmi.resource("h100-recorded/query-60g-used.csv"));
        GpuAllocator allocator = new GpuAllocator(h100);

        allocator.enqueue(Claimant.external("big", "train #7"), new GpuRequest(1, 30000, null));
        allocator.enqueue(Claimant.external("small", "train #8"), GpuRequest.of(1));

        assertThat(allocator.explainWait("big")).isEqualTo("GPU 0 has only 19592 of 81559 MiB free");
        assertThat(allocator.explainWait("small")).isEqualTo("1 request ahead; GPU 0 is free");
        assertThat(allocator.explainWait("nobody")).isEmpty();
    }

    @Test
    void shouldNameTheGpusOfAMachineThatCanNeverServeARequest() {
        GpuAllocator allocator = new GpuAllocator(
                NvidiaSmiParser.parseQuery(FakeNvidiaSmi.resource("h100-recorded/query.csv")));

        assertThatThrownBy(() -> allocator.enqueue(Claimant.external("a", ""), new GpuRequest(1, 100_000, null)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("asked for 1 GPU with 100000 MiB free but this machine has none "
                        + "(it has GPU 0: NVIDIA H100 80GB HBM3, 81559 MiB)");
    }
}
