package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelci.gpu.GpuInventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build's agent-side GPU detection ({@link GpuProbe}, as at connection) sends back: a bundled engine class
 * (an exception included) would be refused by the controller's class filter, so a driver failure comes back as JSON
 * and becomes the message of core's {@code AbortException}. The probe is called directly: the callable's stubbed
 * superclass cannot be built here.
 */
class AgentCallablesTest {
    @TempDir
    Path temp;

    @Test
    void shouldTurnTheDriverErrorIntoAMessageNotAnEngineException() throws Exception {
        Path smi = nvidiaSmi("echo 'NVIDIA-SMI has failed because it couldn'\"'\"'t communicate with the NVIDIA driver.'\n"
                + "exit 9\n");
        String probe = GpuProbe.probe(Map.of(GpuInventory.NVIDIA_SMI_VARIABLE, smi.toString(), "PATH", ""));

        assertThat(GpuProbe.failure(probe)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("the GPUs of this agent: ").contains("NVIDIA-SMI has failed"));
    }

    @Test
    void shouldSendTheInventoryAsJson() throws Exception {
        Path smi = nvidiaSmi("case \"$1\" in\n  -L) echo 'GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-b1)';;\n"
                + "  --query-gpu=*) echo '0, GPU-b1, NVIDIA H100 80GB HBM3, 81559, 0, 0';;\n  *) exit 2;;\nesac\n");

        String probe = GpuProbe.probe(Map.of(GpuInventory.NVIDIA_SMI_VARIABLE, smi.toString()));

        assertThat(GpuProbe.failure(probe)).isEmpty();
        assertThat(GpuProbe.inventoryJson(probe)).startsWith("[").contains("\"uuid\":\"GPU-b1\"").contains("NVIDIA H100 80GB HBM3");
    }

    /** A stand-in {@code nvidia-smi}: a shell script with this body. */
    private Path nvidiaSmi(String body) throws Exception {
        Path smi = temp.resolve("nvidia-smi");
        Files.writeString(smi, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));
        return smi;
    }
}
