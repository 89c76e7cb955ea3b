package io.modelci.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelci.gpu.Claimant;
import io.modelci.gpu.FileGpuAllocator;
import io.modelci.gpu.GpuInventory;
import io.modelci.gpu.GpuRequest;
import io.modelci.run.TrainingRunJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GpusCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldShowTheGpusAndWhoHoldsThem() throws Exception {
        Path smi = CliFixtures.fakeNvidiaSmi(temp.resolve("bin"));
        Path home = temp.resolve("home");
        FileGpuAllocator allocator = new FileGpuAllocator(home, () -> GpuInventory.detect(smi).gpus());

        try (FileGpuAllocator.Lease lease = allocator.acquire(Claimant.currentProcess("modelci train --model churn"),
                GpuRequest.of(1), Duration.ofSeconds(10), message -> { })) {
            CliFixtures.Result table = CliFixtures.run("gpus", "--nvidia-smi", smi.toString(), "--home",
                    home.toString());
            CliFixtures.Result json = CliFixtures.run("gpus", "--json", "--nvidia-smi", smi.toString(), "--home",
                    home.toString());

            assertThat(table.exitCode()).isZero();
            assertThat(table.out()).contains("Tesla T4", "0/15360 MiB",
                    "pid " + ProcessHandle.current().pid() + " modelci train --model churn since ");
            JsonNode root = TrainingRunJson.mapper().readTree(json.out());
            assertThat(root.path("gpus").get(0).path("uuid").asText()).isEqualTo(CliFixtures.T4_UUID);
            assertThat(root.path("holders").get(0).path("uuids").get(0).asText()).isEqualTo(CliFixtures.T4_UUID);
        }
    }

    @Test
    void shouldTellTheHoldersProcessesFromProgramsOutsideModelCi() throws Exception {
        Process training = new ProcessBuilder("sleep", "30").start();
        try {
            long outsider = 999_999_999L;
            Path smi = CliFixtures.fakeNvidiaSmi(temp.resolve("bin"), training.pid() + ", " + CliFixtures.T4_UUID
                    + ", 762\n" + outsider + ", " + CliFixtures.T4_UUID + ", 61958\n");
            Path home = temp.resolve("home");
            FileGpuAllocator allocator = new FileGpuAllocator(home, () -> GpuInventory.detect(smi).gpus());

            try (FileGpuAllocator.Lease lease = allocator.acquire(Claimant.currentProcess("modelci train --model x"),
                    GpuRequest.of(1), Duration.ofSeconds(10), message -> { })) {
                CliFixtures.Result table = CliFixtures.run("gpus", "--nvidia-smi", smi.toString(), "--home",
                        home.toString());
                CliFixtures.Result json = CliFixtures.run("gpus", "--json", "--nvidia-smi", smi.toString(), "--home",
                        home.toString());

                // The sleep is a child of this JVM, the holder; the other pid belongs to nobody Model CI knows.
                assertThat(table.out()).containsPattern("process " + training.pid() + " +762 MiB  for pid "
                        + ProcessHandle.current().pid() + " modelci train --model x");
                assertThat(table.out()).containsPattern("process " + outsider
                        + " +61958 MiB  outside modelci \\(not scheduled by it\\)");
                JsonNode processes = TrainingRunJson.mapper().readTree(json.out()).path("processes");
                assertThat(processes).hasSize(2);
                assertThat(processes.get(0).path("heldBy").asText())
                        .isEqualTo(lease.grant().claimant().id());
                assertThat(processes.get(1).path("heldBy").isNull()).isTrue();
                assertThat(processes.get(1).path("usedMemoryMib").asLong()).isEqualTo(61958);
            }
        }
        finally {
            training.destroyForcibly().waitFor();
        }
    }

    @Test
    void shouldSaySoWhenThereIsNoGpu() throws Exception {
        Path smi = temp.resolve("nvidia-smi");
        Files.writeString(smi, "#!/bin/sh\necho 'No devices were found'\nexit 6\n");
        Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));

        CliFixtures.Result result = CliFixtures.run("gpus", "--nvidia-smi", smi.toString(), "--home",
                temp.resolve("home").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("No NVIDIA GPU found by " + smi);
    }

    @Test
    void shouldExitThreeWhenTheDriverDoesNotAnswer() throws Exception {
        Path smi = temp.resolve("nvidia-smi");
        Files.writeString(smi, "#!/bin/sh\necho \"NVIDIA-SMI has failed because it couldn't communicate with the "
                + "NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.\"\nexit 9\n");
        Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));

        CliFixtures.Result result = CliFixtures.run("gpus", "--nvidia-smi", smi.toString(), "--home",
                temp.resolve("home").toString());

        assertThat(result.exitCode()).isEqualTo(ModelCi.EXIT_FAILURE);
        assertThat(result.err()).contains("couldn't communicate with the NVIDIA driver");
    }
}
