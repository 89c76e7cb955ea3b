package io.modelci.gpu;

import java.util.List;

/**
 * One physical GPU as {@code nvidia-smi} reports it.
 *
 * @param index the device index (what {@code CUDA_VISIBLE_DEVICES} and {@code docker --gpus device=} take)
 * @param uuid the stable identifier, {@code GPU-...}
 * @param name the product name, such as {@code NVIDIA A100-SXM4-80GB}
 * @param memoryTotalMib total memory in MiB
 * @param memoryUsedMib used memory in MiB, or -1 when the driver does not report it
 * @param utilizationPercent GPU utilisation in percent, or -1 when not reported (MIG mode reports none)
 * @param migDevices the MIG devices this GPU is partitioned into, empty when MIG is off
 */
public record Gpu(int index, String uuid, String name, long memoryTotalMib, long memoryUsedMib,
        int utilizationPercent, List<MigDevice> migDevices) {
    public Gpu {
        migDevices = migDevices == null ? List.of() : List.copyOf(migDevices);
    }

    /** A GPU without MIG devices. */
    public Gpu(final int index, final String uuid, final String name, final long memoryTotalMib,
            final long memoryUsedMib, final int utilizationPercent) {
        this(index, uuid, name, memoryTotalMib, memoryUsedMib, utilizationPercent, List.of());
    }

    /** Free memory in MiB; the total when the used memory is unknown. */
    public long memoryFreeMib() {
        return memoryUsedMib < 0 ? memoryTotalMib : memoryTotalMib - memoryUsedMib;
    }

    Gpu withMigDevices(final List<MigDevice> devices) {
        return new Gpu(index, uuid, name, memoryTotalMib, memoryUsedMib, utilizationPercent, devices);
    }
}
