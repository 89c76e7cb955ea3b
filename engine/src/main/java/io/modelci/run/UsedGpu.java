package io.modelci.run;

import io.modelci.gpu.Gpu;

/**
 * A GPU a run was given, as recorded in its lineage.
 *
 * @param index the nvidia-smi index on the host
 * @param uuid the GPU's UUID
 * @param name the product name
 * @param memoryTotalMib its memory in MiB
 */
public record UsedGpu(int index, String uuid, String name, long memoryTotalMib) {
    /** The lineage entry of an inventory GPU. */
    public static UsedGpu of(final Gpu gpu) {
        return new UsedGpu(gpu.index(), gpu.uuid(), gpu.name(), gpu.memoryTotalMib());
    }
}
