package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelci.gpu.Claimant;
import io.modelci.gpu.Gpu;
import io.modelci.gpu.GpuAllocator;
import io.modelci.gpu.GpuGrant;
import io.modelci.gpu.GpuRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What a new inventory of an agent does to its queue: holdings kept, impossible requests refused, gone GPUs named. */
class InventoryChangeTest {
    private static final Gpu A100_0 = new Gpu(0, "GPU-a", "NVIDIA A100-SXM4-80GB", 81920, 4, 0);
    private static final Gpu A100_1 = new Gpu(1, "GPU-b", "NVIDIA A100-SXM4-80GB", 81920, 4, 0);
    private static final Gpu L4_2 = new Gpu(2, "GPU-c", "NVIDIA L4", 23034, 0, 0);

    @Test
    void shouldKeepHoldingsWhenTheSameGpusComeBackWithFreshNumbers() {
        GpuAllocator allocator = new GpuAllocator(List.of(A100_0, A100_1));
        allocator.enqueue(Claimant.external("job/a#1|x", "job/a#1"), GpuRequest.of(1)).orElseThrow();

        InventoryChange change = InventoryChange.apply(allocator,
                List.of(new Gpu(0, "GPU-a", "NVIDIA A100-SXM4-80GB", 81920, 60000, 80), A100_1));

        assertThat(change.refused()).isEmpty();
        assertThat(change.gone()).isEmpty();
        assertThat(allocator.grantOf("job/a#1|x").orElseThrow().gpus()).extracting(Gpu::memoryUsedMib)
                .containsExactly(60000L);
    }

    @Test
    void shouldServeAWaitingRequestFromAGpuThatAppeared() {
        GpuAllocator allocator = new GpuAllocator(List.of(A100_0));
        allocator.enqueue(Claimant.external("a", "a"), GpuRequest.of(1)).orElseThrow();
        assertThat(allocator.enqueue(Claimant.external("b", "b"), GpuRequest.of(1))).isEmpty();
        List<String> granted = new CopyOnWriteArrayList<>();
        allocator.onGrant(g -> granted.add(g.claimant().id()));

        InventoryChange change = InventoryChange.apply(allocator, List.of(A100_0, A100_1));

        assertThat(change.refused()).isEmpty();
        assertThat(granted).containsExactly("b");
        assertThat(allocator.grantOf("b").orElseThrow().gpus()).extracting(Gpu::uuid).containsExactly("GPU-b");
    }

    @Test
    void shouldRefuseARequestTheAgentCanNoLongerSatisfyAndServeTheNextFromTheGpusLeft() {
        GpuAllocator allocator = new GpuAllocator(List.of(A100_0, A100_1, L4_2));
        allocator.enqueue(Claimant.external("holder2", "job/h#2"), new GpuRequest(1, 0, "A100")).orElseThrow();
        assertThat(allocator.enqueue(Claimant.external("job/big#5|v", "job/big#5"), new GpuRequest(2, 0, "A100")))
                .isEmpty();
        assertThat(allocator.enqueue(Claimant.external("job/s#3|w", "job/s#3"), new GpuRequest(1, 0, "L4")))
                .as("strictly in line: nobody passes the waiting head").isEmpty();

        // The second A100 is removed: two A100s can never be had again.
        InventoryChange change = InventoryChange.apply(allocator, List.of(A100_0, L4_2));

        assertThat(change.refused()).containsOnlyKeys("job/big#5|v");
        assertThat(change.refused().get("job/big#5|v")).contains("only 1 GPU for 2 GPUs").contains("A100")
                .contains("0 NVIDIA A100-SXM4-80GB, 2 NVIDIA L4");
        assertThat(allocator.state().queue()).isEmpty();
        GpuGrant next = allocator.grantOf("job/s#3|w").orElseThrow();
        assertThat(next.gpus()).extracting(Gpu::uuid).containsExactly("GPU-c");
        assertThat(allocator.grantOf("holder2")).isPresent();
    }

    @Test
    void shouldKeepAHoldingOfAGpuThatIsGoneAndSaySo() {
        GpuAllocator allocator = new GpuAllocator(List.of(A100_0, A100_1));
        allocator.enqueue(Claimant.external("a", "job/a#1"), GpuRequest.of(1)).orElseThrow();
        allocator.enqueue(Claimant.external("b", "job/b#1"), GpuRequest.of(1)).orElseThrow();

        // GPU-b (index 1, held by b) is removed; the other is unchanged.
        InventoryChange change = InventoryChange.apply(allocator, List.of(A100_0));

        assertThat(change.gone()).containsExactly(
                "GPU 1 (GPU-b), held by job/b#1, is gone; it stays held until that build ends");
        assertThat(allocator.grantOf("b")).isPresent();
        assertThat(allocator.state().holders()).hasSize(2);
        allocator.release("b");
        assertThat(allocator.state().holders()).hasSize(1);
    }

    @Test
    void shouldRefuseEveryWaitingRequestWhenTheAgentHasNoGpuLeft() {
        GpuAllocator allocator = new GpuAllocator(List.of(A100_0));
        allocator.enqueue(Claimant.external("a", "a"), GpuRequest.of(1)).orElseThrow();
        allocator.enqueue(Claimant.external("b", "b"), GpuRequest.of(1));

        InventoryChange change = InventoryChange.apply(allocator, List.of());

        assertThat(change.refused()).containsOnlyKeys("b");
        assertThat(change.refused().get("b")).startsWith("the agent now has no GPUs for 1 GPU")
                .endsWith("(it reconnected with no GPU)");
        assertThat(change.gone()).hasSize(1);
    }
}
