package io.modelci.gpu;

import java.util.List;

/**
 * GPUs granted to a claimant, with their inventory details.
 *
 * @param claimant who received them
 * @param gpus the GPUs, ordered by index
 */
public record GpuGrant(Claimant claimant, List<Gpu> gpus) {
    public GpuGrant {
        gpus = List.copyOf(gpus);
    }
}
