package io.modelci.run;

import io.modelci.gpu.Gpu;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The environment variables that confine a process to its allocated GPUs.
 *
 * <p>They name the GPUs by UUID, not index: CUDA numbers devices fastest-first unless
 * {@code CUDA_DEVICE_ORDER=PCI_BUS_ID}, so an nvidia-smi index can point at another card, while a UUID cannot.
 */
public final class GpuEnvironment {
    /** Read by CUDA. */
    public static final String CUDA_VISIBLE_DEVICES = "CUDA_VISIBLE_DEVICES";
    /** Read by the NVIDIA container runtime. */
    public static final String NVIDIA_VISIBLE_DEVICES = "NVIDIA_VISIBLE_DEVICES";

    private GpuEnvironment() {
    }

    /**
     * The variables for these GPUs; with none, CUDA sees no device ({@code CUDA_VISIBLE_DEVICES} empty) only when
     * {@code hide} is set, so that a run without {@code --gpus} on a shared box cannot wander onto a busy card.
     */
    public static Map<String, String> of(final List<Gpu> gpus, final boolean hide) {
        Map<String, String> variables = new TreeMap<>();
        if (gpus.isEmpty()) {
            if (hide) {
                variables.put(CUDA_VISIBLE_DEVICES, "");
                variables.put(NVIDIA_VISIBLE_DEVICES, "none");
            }
            return variables;
        }
        String uuids = gpus.stream().map(Gpu::uuid).collect(Collectors.joining(","));
        variables.put(CUDA_VISIBLE_DEVICES, uuids);
        variables.put(NVIDIA_VISIBLE_DEVICES, uuids);
        return variables;
    }
}
