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
}
