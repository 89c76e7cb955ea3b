package io.modelci.gpu;

/**
 * A Multi-Instance GPU slice, as listed by {@code nvidia-smi -L}.
 *
 * @param gpuIndex the index of the physical GPU it belongs to
 * @param deviceIndex its index within that GPU
 * @param profile the MIG profile, such as {@code 3g.40gb}
 * @param uuid its identifier, {@code MIG-...}, which {@code CUDA_VISIBLE_DEVICES} accepts
 */
public record MigDevice(int gpuIndex, int deviceIndex, String profile, String uuid) {
}
