package io.modelci.gpu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GpuInventoryTest {
    @TempDir
    Path temp;

    @Test
    void shouldFindNvidiaSmiOnPathAndRunIt() {
        FakeNvidiaSmi.install(temp.resolve("bin"), "query-a100-mig.csv", "list-a100-mig.txt");

        GpuInventory inventory = GpuInventory.detect(Map.of("PATH", "/nonexistent:" + temp.resolve("bin")));

        assertThat(inventory.hasDriver()).isTrue();
        assertThat(inventory.gpus()).hasSize(2);
        assertThat(inventory.byIndex(0).orElseThrow().migDevices()).hasSize(3);
    }

    @Test
    void shouldHaveNoGpusWithoutNvidiaSmi() {
        GpuInventory inventory = GpuInventory.detect(Map.of("PATH", temp.toString()));

        assertThat(inventory.hasDriver()).isFalse();
        assertThat(inventory.gpus()).isEmpty();
    }

    @Test
    void shouldPreferTheExplicitProgram() {
        Path script = FakeNvidiaSmi.install(temp.resolve("tools"), "query-t4-x2.csv", "list-t4-x2.txt");

        GpuInventory inventory = GpuInventory.detect(Map.of(GpuInventory.NVIDIA_SMI_VARIABLE, script.toString(),
                "PATH", ""));

        assertThat(inventory.gpus()).extracting(Gpu::name).containsExactly("Tesla T4", "Tesla T4");
    }

    @Test
    void shouldReportTheDriverError() {
        Path script = FakeNvidiaSmi.install(temp.resolve("bin"), "query-h100.csv", null);
        FakeNvidiaSmi.failWithDriverError(temp.resolve("bin"));

        assertThatThrownBy(() -> GpuInventory.detect(script)).isInstanceOf(GpuException.class)
                .hasMessageContaining("NVIDIA-SMI has failed");
    }

    @Test
    void shouldReadNoDevicesAsEmpty() {
        Path script = FakeNvidiaSmi.install(temp.resolve("bin"), "no-devices.txt", null);

        assertThat(GpuInventory.detect(script).gpus()).isEmpty();
    }

    @Test
    void shouldListTheComputeProcessesOfEachGpu() {
        Path script = FakeNvidiaSmi.install(temp.resolve("bin"), "h100-recorded/query-60g-used.csv",
                "h100-recorded/list.txt");
        FakeNvidiaSmi.withComputeApps(temp.resolve("bin"), "h100-recorded/apps-foreign.csv");

        GpuInventory inventory = GpuInventory.detect(script).withProcesses();

        assertThat(inventory.processesOn(inventory.gpus().get(0)))
                .containsExactly(new GpuProcess(1409, "GPU-b1ca571c-ce5c-8397-aebb-b1f9f6f2b07b", 61958));
        assertThat(GpuInventory.detect(script).processes()).as("not asked for").isEmpty();
    }

    @Test
    void shouldStillReadTheGpusWhenTheProcessQueryFails() {
        // The fake refuses the compute-process query (no apps.csv): the GPUs must still be scheduled.
        Path script = FakeNvidiaSmi.install(temp.resolve("bin"), "h100-recorded/query.csv", "h100-recorded/list.txt");

        GpuInventory inventory = GpuInventory.detect(script).withProcesses();

        assertThat(inventory.gpus()).extracting(Gpu::name).containsExactly("NVIDIA H100 80GB HBM3");
        assertThat(inventory.processes()).isEmpty();
    }
}
