package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelci.gpu.Gpu;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line an agent's connection log gets about its GPUs, and the inventory the scheduler learns, for each case:
 * the probe runs real {@code nvidia-smi} stand-ins (shell scripts in the real output formats) as on an agent.
 */
class ConnectionGpusTest {
    @TempDir
    Path dir;

    private Path nvidiaSmi(String body) throws IOException {
        Path script = dir.resolve("nvidia-smi");
        Files.writeString(script, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /**
     * One H100, answering exactly as {@code nvidia-smi} 580.159.04 did on an H100 80GB HBM3 machine (recorded with the
     * engine's queries; no compute process running).
     */
    private Path h100() throws IOException {
        return nvidiaSmi("case \"$1\" in\n"
                + "  -L) echo 'GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-c82048cc-0957-792f-f09a-95f14541e82b)' ;;\n"
                + "  --query-gpu=*) echo '0, GPU-c82048cc-0957-792f-f09a-95f14541e82b, NVIDIA H100 80GB HBM3,"
                + " 81559, 0, 0' ;;\n"
                + "  *) exit 0 ;;\nesac\n");
    }

    private static GpuInventoryProperty declared(String gpus) {
        GpuInventoryProperty property = new GpuInventoryProperty();
        property.setDetect(false);
        property.setGpus(gpus);
        return property;
    }

    @Test
    void shouldNameEachGpuFoundOnThePath() throws IOException {
        h100();

        ConnectionGpus outcome = ConnectionGpus.detected(GpuProbe.probe(Map.of("PATH", dir.toString())), false);

        assertThat(outcome.line()).isEqualTo("[Model CI] GPUs: 0 NVIDIA H100 80GB HBM3 (81559 MiB)");
        assertThat(GpuScheduler.parseInventory(outcome.inventoryJson())).extracting(Gpu::uuid)
                .containsExactly("GPU-c82048cc-0957-792f-f09a-95f14541e82b");
    }

    @Test
    void shouldFindTheProgramNamedByTheVariableFirst() throws IOException {
        Path smi = h100();

        ConnectionGpus outcome = ConnectionGpus.detected(
                GpuProbe.probe(Map.of("PATH", "/nonexistent", "MODELCI_NVIDIA_SMI", smi.toString())), false);

        assertThat(outcome.line()).startsWith("[Model CI] GPUs: 0 NVIDIA H100");
    }

    @Test
    void shouldStayQuietAndLearnNothingOnAnAgentWithoutNvidiaSmiOrTheProperty() throws IOException {
        ConnectionGpus outcome = ConnectionGpus.detected(GpuProbe.probe(Map.of("PATH", dir.toString())), false);

        assertThat(outcome).isEqualTo(ConnectionGpus.NOTHING);
        assertThat(outcome.line()).isNull();
        assertThat(outcome.inventoryJson()).isNull();
    }

    @Test
    void shouldSayThereIsNoNvidiaSmiWhereGpusAreExpected() throws IOException {
        ConnectionGpus outcome = ConnectionGpus.detected(GpuProbe.probe(Map.of("PATH", dir.toString())), true);

        assertThat(outcome.line()).isEqualTo("[Model CI] no NVIDIA GPU: nvidia-smi is not on the agent's PATH"
                + " (nor named by MODELCI_NVIDIA_SMI)");
        assertThat(outcome.inventoryJson()).as("a build may find it through its own environment: keep what it saw")
                .isNull();
    }

    @Test
    void shouldReportTheDriverErrorAndKeepTheKnownInventory() throws IOException {
        nvidiaSmi("echo \"NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\"\nexit 9\n");

        ConnectionGpus outcome = ConnectionGpus.detected(GpuProbe.probe(Map.of("PATH", dir.toString())), true);

        assertThat(outcome.line()).startsWith("[Model CI] could not read the GPUs: ")
                .contains("exited with 9").contains("couldn't communicate with the NVIDIA driver")
                .endsWith("(the GPUs known before are kept)");
        assertThat(outcome.inventoryJson()).isNull();
    }

    @Test
    void shouldSayWhenNvidiaSmiListsNoGpu() throws IOException {
        Path smi = nvidiaSmi("echo 'No devices were found'\nexit 6\n");

        ConnectionGpus outcome = ConnectionGpus.detected(GpuProbe.probe(Map.of("PATH", dir.toString())), false);

        assertThat(outcome.line()).isEqualTo("[Model CI] no NVIDIA GPU: " + smi + " lists none");
        assertThat(outcome.inventoryJson()).isEqualTo("[]");
    }

    @Test
    void shouldUseTheDeclaredListWithoutRunningAnything() throws IOException {
        ConnectionGpus outcome = ConnectionGpus.declared(declared("0:A100-SXM4-80GB:81920, 1:L4:23034:GPU-l4"));

        assertThat(outcome.line())
                .isEqualTo("[Model CI] GPUs (declared): 0 A100-SXM4-80GB (81920 MiB), 1 L4 (23034 MiB)");
        assertThat(GpuScheduler.parseInventory(outcome.inventoryJson())).extracting(Gpu::uuid)
                .containsExactly("0", "GPU-l4");
    }

    @Test
    void shouldNameTheFieldWhenTheDeclaredListIsMalformedAndLearnNothing() {
        ConnectionGpus outcome = ConnectionGpus.declared(declared("0:A100-SXM4-80GB"));

        assertThat(outcome.line()).startsWith("[Model CI] the declared GPU list cannot be used: ")
                .contains("'gpus'").contains("entry 1");
        assertThat(outcome.inventoryJson()).isNull();
    }

    @Test
    void shouldSayTheGpusWillShowWhenTheProbeIsSlow() {
        assertThat(ConnectionGpus.stillDetecting(10)).isEqualTo(
                "[Model CI] nvidia-smi has not answered within 10 s; the agent's GPUs page will show its GPUs when it does");
    }

    @Test
    void shouldTellWhatAReconnectWithoutAGpuDidToBuilds() {
        InventoryChange change = new InventoryChange(Map.of("job/big#5|v", "the agent now has only 1 GPU for 2 GPUs"),
                List.of("GPU 1 (GPU-b), held by job/b#1, is gone; it stays held until that build ends"));

        assertThat(ConnectionGpus.consequences(change)).containsExactly(
                "[Model CI] refused the GPU request of job/big#5: the agent now has only 1 GPU for 2 GPUs",
                "[Model CI] GPU 1 (GPU-b), held by job/b#1, is gone; it stays held until that build ends");
    }
}
