package io.modelci.gpu;

/**
 * A compute process on a GPU, as {@code nvidia-smi --query-compute-apps} reports it: Model CI's own training
 * commands, and programs outside Model CI that share the card.
 *
 * @param pid the process id (in the driver's view; inside a container it may be the host's pid)
 * @param gpuUuid the GPU it runs on
 * @param usedMemoryMib the GPU memory it holds in MiB, or -1 when not reported
 */
public record GpuProcess(long pid, String gpuUuid, long usedMemoryMib) {
}
