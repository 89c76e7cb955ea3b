package io.modelci.cli;

import io.modelci.gpu.FileGpuAllocator;
import io.modelci.gpu.GpuInventory;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Where this machine's GPU allocations are kept and which nvidia-smi reports its GPUs. */
final class GpuMachineOptions {
    @Option(names = "--home", paramLabel = "DIR", defaultValue = "${env:MODELCI_HOME}",
            description = "Where GPU allocations of this machine are kept (default: $MODELCI_HOME, else ~/.modelci).")
    private Path home;

    @Option(names = "--nvidia-smi", paramLabel = "PROGRAM", defaultValue = "${env:MODELCI_NVIDIA_SMI}",
            description = "The nvidia-smi to ask (default: $MODELCI_NVIDIA_SMI, else nvidia-smi on PATH).")
    private Path nvidiaSmi;

    /** This process's environment, with the chosen nvidia-smi for {@link GpuInventory#detect(Map)}. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        if (nvidiaSmi != null) {
            env.put(GpuInventory.NVIDIA_SMI_VARIABLE, nvidiaSmi.toString());
        }
        return env;
    }

    /** The folder of the allocations: --home, else the default. */
    Path allocations() {
        return home != null ? home : FileGpuAllocator.defaultHome(Map.of());
    }
}
