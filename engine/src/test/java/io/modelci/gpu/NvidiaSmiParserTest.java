package io.modelci.gpu;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.modelci.gpu.FakeNvidiaSmi.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NvidiaSmiParserTest {
    @Test
    void shouldReadFourA100s() {
        List<Gpu> gpus = NvidiaSmiParser.parseQuery(resource("query-a100-80gb-x4.csv"));

        assertThat(gpus).hasSize(4);
        assertThat(gpus.get(1)).isEqualTo(new Gpu(1, "GPU-a91c6d02-58e3-4b7a-8c1f-6e2d9b4a7053",
                "NVIDIA A100-SXM4-80GB", 81920, 41243, 97));
        assertThat(gpus.get(3).memoryFreeMib()).isEqualTo(81920 - 79310);
    }

    @Test
    void shouldReadOtherModels() {
        assertThat(NvidiaSmiParser.parseQuery(resource("query-h100.csv")))
                .singleElement().satisfies(gpu -> {
                    assertThat(gpu.name()).isEqualTo("NVIDIA H100 80GB HBM3");
                    assertThat(gpu.memoryTotalMib()).isEqualTo(81559);
                });
        assertThat(NvidiaSmiParser.parseQuery(resource("query-rtx4090.csv")))
                .extracting(Gpu::name, Gpu::memoryUsedMib, Gpu::utilizationPercent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NVIDIA GeForce RTX 4090", 1187L, 12));
        assertThat(NvidiaSmiParser.parseQuery(resource("query-t4-x2.csv")))
                .extracting(Gpu::index, Gpu::name).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "Tesla T4"),
                        org.assertj.core.groups.Tuple.tuple(1, "Tesla T4"));
    }

    @Test
    void shouldReadNotAvailableUtilisationOfMigGpuAsUnknown() {
        List<Gpu> gpus = NvidiaSmiParser.parseQuery(resource("query-a100-mig.csv"));

        assertThat(gpus.get(0).utilizationPercent()).isEqualTo(-1);
        assertThat(gpus.get(0).memoryUsedMib()).isEqualTo(37);
        assertThat(gpus.get(1).utilizationPercent()).isZero();
    }

    @Test
    void shouldReadMigDevicesOfCurrentDrivers() {
        Map<Integer, List<MigDevice>> devices = NvidiaSmiParser.parseMigDevices(resource("list-a100-mig.txt"));

        assertThat(devices).containsOnlyKeys(0);
        assertThat(devices.get(0)).containsExactly(
                new MigDevice(0, 0, "3g.40gb", "MIG-4b9e1a7c-2d5f-5c83-8e0a-6f1d3b7c9e24"),
                new MigDevice(0, 1, "2g.20gb", "MIG-c27f0d8e-6a3b-5e91-b4c2-8d0e5f1a3b67"),
                new MigDevice(0, 2, "1g.10gb", "MIG-9e5a3c1b-7f2d-5a04-9c6e-1b8f4d2a0c53"));
    }

    @Test
    void shouldReadMigDevicesOfOlderDrivers() {
        Map<Integer, List<MigDevice>> devices =
                NvidiaSmiParser.parseMigDevices(resource("list-a100-40gb-mig-r450.txt"));

        assertThat(devices.get(0)).extracting(MigDevice::uuid).containsExactly(
                "MIG-GPU-e91edf3b-b297-37c1-a2a7-7601c3238fa2/1/0",
                "MIG-GPU-e91edf3b-b297-37c1-a2a7-7601c3238fa2/2/0");
    }

    @Test
    void shouldMergeMigDevicesIntoTheirGpus() {
        List<Gpu> gpus = NvidiaSmiParser.merge(NvidiaSmiParser.parseQuery(resource("query-a100-mig.csv")),
                NvidiaSmiParser.parseMigDevices(resource("list-a100-mig.txt")));

        assertThat(gpus.get(0).migDevices()).hasSize(3);
        assertThat(gpus.get(1).migDevices()).isEmpty();
    }

    @Test
    void shouldReadNoDevicesAsNoGpus() {
        assertThat(NvidiaSmiParser.parseQuery(resource("no-devices.txt"))).isEmpty();
        assertThat(NvidiaSmiParser.parseMigDevices(resource("no-devices.txt"))).isEmpty();
    }

    @Test
    void shouldFailOnTheDriverErrorMessage() {
        assertThatThrownBy(() -> NvidiaSmiParser.parseQuery(resource("driver-error.txt")))
                .isInstanceOf(GpuException.class)
                .hasMessageContaining("couldn't communicate with the NVIDIA driver");
    }

    @Test
    void shouldFailOnALineOfAnotherQuery() {
        assertThatThrownBy(() -> NvidiaSmiParser.parseQuery("0, GPU-x, Tesla T4\n"))
                .isInstanceOf(GpuException.class).hasMessageContaining("unexpected line");
    }

    @Test
    void shouldReadTheOutputOfARealH100() {
        List<Gpu> idle = NvidiaSmiParser.parseQuery(resource("h100-recorded/query.csv"));
        List<Gpu> busy = NvidiaSmiParser.parseQuery(resource("h100-recorded/query-60g-used.csv"));

        assertThat(idle).containsExactly(new Gpu(0, "GPU-b1ca571c-ce5c-8397-aebb-b1f9f6f2b07b",
                "NVIDIA H100 80GB HBM3", 81559, 0, 0));
        assertThat(busy).singleElement().satisfies(gpu -> {
            assertThat(gpu.memoryUsedMib()).isEqualTo(61967);
            assertThat(gpu.memoryFreeMib()).isEqualTo(19592);
        });
        assertThat(NvidiaSmiParser.parseMigDevices(resource("h100-recorded/list.txt"))).isEmpty();
    }

    @Test
    void shouldReadComputeProcesses() {
        String uuid = "GPU-b1ca571c-ce5c-8397-aebb-b1f9f6f2b07b";

        assertThat(NvidiaSmiParser.parseComputeApps(resource("h100-recorded/apps-foreign.csv")))
                .containsExactly(new GpuProcess(1409, uuid, 61958));
        assertThat(NvidiaSmiParser.parseComputeApps(resource("h100-recorded/apps-busy.csv")))
                .containsExactly(new GpuProcess(1226, uuid, 762));
        assertThat(NvidiaSmiParser.parseComputeApps(resource("h100-recorded/apps-idle.csv"))).isEmpty();
        assertThat(NvidiaSmiParser.parseComputeApps("4242, GPU-x, [N/A]\n"))
                .containsExactly(new GpuProcess(4242, "GPU-x", -1));
    }

    @Test
    void shouldRejectAComputeProcessLineOfAnotherShape() {
        assertThatThrownBy(() -> NvidiaSmiParser.parseComputeApps("1409, GPU-x, 61958, python3\n"))
                .isInstanceOf(GpuException.class)
                .hasMessage("nvidia-smi printed an unexpected line (wanted pid,gpu_uuid,used_memory): "
                        + "1409, GPU-x, 61958, python3");
    }
}
