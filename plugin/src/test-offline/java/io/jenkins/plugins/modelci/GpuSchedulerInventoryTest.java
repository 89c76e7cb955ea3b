package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.gpu.Gpu;
import io.modelci.gpu.GpuGrant;
import io.modelci.gpu.GpuRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduler learning an agent's GPUs without a request (when it connects): the page's state, what is saved in
 * {@code gpu-allocations.json} and read back after a restart, refusals heard now or after the restart.
 */
class GpuSchedulerInventoryTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Gpu A = new Gpu(0, "GPU-a", "NVIDIA H100 80GB HBM3", 81559, 1, 0);
    private static final Gpu B = new Gpu(1, "GPU-b", "NVIDIA H100 80GB HBM3", 81559, 1, 0);

    @TempDir
    Path home;

    /** A controller: a new owner key is a restart (the state is read again from the file). */
    private GpuScheduler controller(String owner) {
        File dir = home.resolve("model-ci").toFile();
        return new GpuScheduler(() -> dir, () -> owner);
    }

    private static String json(Gpu... gpus) {
        return GpuScheduler.inventoryJson(List.of(gpus));
    }

    private static JsonNode node(GpuScheduler scheduler, String node) throws IOException {
        return MAPPER.readTree(scheduler.stateJson()).path(node);
    }

    @Test
    void shouldKnowAnAgentAndShowItsGpusAsSoonAsItsInventoryIsGiven() throws IOException {
        GpuScheduler scheduler = controller("1");
        assertThat(scheduler.knows("gpu-1")).isFalse();

        InventoryChange change = scheduler.updateInventory("gpu-1", json(A, B));

        assertThat(change.refused()).isEmpty();
        assertThat(scheduler.knows("gpu-1")).isTrue();
        assertThat(scheduler.knows("cpu-1")).isFalse();
        List<Map<String, String>> rows = GpuComputerAction.rows(node(scheduler, "gpu-1"));
        assertThat(rows).extracting(r -> r.get("index") + " " + r.get("name") + " " + r.get("memory") + " ["
                + r.get("holder") + "]").containsExactly("0 NVIDIA H100 80GB HBM3 81559 MiB []",
                        "1 NVIDIA H100 80GB HBM3 81559 MiB []");
    }

    @Test
    void shouldReplaceTheInventoryKeepingHoldingsAndShowTheHolder() throws IOException {
        GpuScheduler scheduler = controller("1");
        scheduler.updateInventory("gpu-1", json(A, B));
        AtomicReference<GpuGrant> grant = new AtomicReference<>();
        scheduler.request("gpu-1", json(A, B), "job/a#1|x", "job/a#1", GpuRequest.of(1), grant::set, r -> { });

        scheduler.updateInventory("gpu-1", json(new Gpu(0, "GPU-a", "NVIDIA H100 80GB HBM3", 81559, 70000, 99), B));

        assertThat(grant.get().gpus()).extracting(Gpu::uuid).containsExactly("GPU-a");
        assertThat(scheduler.grantOf("gpu-1", "job/a#1|x")).isPresent();
        assertThat(GpuComputerAction.rows(node(scheduler, "gpu-1"))).extracting(r -> r.get("holder"))
                .containsExactly("job/a#1", "");
        assertThat(node(scheduler, "gpu-1").path("inventory").get(0).path("memoryUsedMib").asLong()).isEqualTo(70000);
    }

    @Test
    void shouldShowAHeldGpuThatIsGoneUntilItsBuildEnds() throws IOException {
        GpuScheduler scheduler = controller("1");
        scheduler.updateInventory("gpu-1", json(A, B));
        scheduler.request("gpu-1", json(A, B), "a", "job/a#1", GpuRequest.of(1), g -> { }, r -> { });
        scheduler.request("gpu-1", json(A, B), "b", "job/b#1", GpuRequest.of(1), g -> { }, r -> { });

        InventoryChange change = scheduler.updateInventory("gpu-1", json(A));

        assertThat(change.gone()).singleElement().asString().contains("GPU 1 (GPU-b), held by job/b#1");
        assertThat(GpuComputerAction.rows(node(scheduler, "gpu-1")))
                .extracting(r -> r.get("index") + " " + r.get("name") + " [" + r.get("holder") + "]")
                .containsExactly("0 NVIDIA H100 80GB HBM3 [job/a#1]",
                        "1 " + Messages.GpuComputerAction_Gone() + " [job/b#1]");
        scheduler.release("gpu-1", "b");
        assertThat(GpuComputerAction.rows(node(scheduler, "gpu-1"))).hasSize(1);
    }

    @Test
    void shouldRefuseAWaitingRequestTheAgentCanNoLongerSatisfyAndTellItsStep() throws IOException {
        GpuScheduler scheduler = controller("1");
        scheduler.updateInventory("gpu-1", json(A, B));
        scheduler.request("gpu-1", json(A, B), "a", "job/a#1", GpuRequest.of(1), g -> { }, r -> { });
        List<String> refusals = new CopyOnWriteArrayList<>();
        List<GpuGrant> grants = new CopyOnWriteArrayList<>();
        scheduler.request("gpu-1", json(A, B), "job/big#2|u", "job/big#2", GpuRequest.of(2), grants::add,
                refusals::add);

        scheduler.updateInventory("gpu-1", json(A));

        assertThat(grants).isEmpty();
        assertThat(refusals).singleElement().asString().startsWith("the agent now has only 1 GPU for 2 GPUs");
        assertThat(node(scheduler, "gpu-1").path("state").path("queue")).isEmpty();
        assertThat(node(scheduler, "gpu-1").has("refused")).as("heard, so not kept").isFalse();
    }

    @Test
    void shouldKeepARefusalNobodyHeardAcrossARestartForTheResumedStep() throws IOException {
        GpuScheduler before = controller("1");
        before.updateInventory("gpu-1", json(A, B));
        before.request("gpu-1", json(A, B), "a", "job/a#1", GpuRequest.of(1), g -> { }, r -> { });
        before.request("gpu-1", json(A, B), "job/big#2|u", "job/big#2", GpuRequest.of(2), g -> { }, r -> { });

        // Restart: the agent reconnects with one GPU before the waiting step resumes.
        GpuScheduler after = controller("2");
        InventoryChange change = after.updateInventory("gpu-1", json(A));
        assertThat(change.refused()).containsOnlyKeys("job/big#2|u");
        assertThat(after.grantOf("gpu-1", "a")).as("the holding survived the restart").isPresent();

        GpuScheduler again = controller("3");
        List<String> refusals = new CopyOnWriteArrayList<>();
        again.reattach("gpu-1", "job/big#2|u", g -> { }, refusals::add);

        assertThat(refusals).singleElement().asString().contains("only 1 GPU");
        assertThat(node(again, "gpu-1").has("refused")).isFalse();
    }

    @Test
    void shouldKeepTheSavedStateOfAnAgentNotSeenSinceTheRestart() throws IOException {
        GpuScheduler before = controller("1");
        before.updateInventory("gpu-1", json(A, B));
        before.updateInventory("gpu-2", json(A));
        before.request("gpu-2", json(A), "c", "job/c#1", GpuRequest.of(1), g -> { }, r -> { });

        GpuScheduler after = controller("2");
        after.updateInventory("gpu-1", json(A, B)); // gpu-2 has not reconnected yet

        JsonNode saved = MAPPER.readTree(Files.readString(home.resolve("model-ci/gpu-allocations.json")));
        assertThat(saved.path("gpu-2").path("state").path("holders")).hasSize(1);
        assertThat(after.knows("gpu-2")).isFalse();
        assertThat(after.grantOf("gpu-2", "c")).isPresent();
    }
}
