package io.modelci.gpu;

import java.util.List;

/**
 * GPUs granted to a claimant.
 *
 * @param claimant who holds them
 * @param indices the GPUs' indices
 * @param uuids the GPUs' UUIDs, in the same order
 * @param since when they were granted (ISO-8601)
 */
public record Holding(Claimant claimant, List<Integer> indices, List<String> uuids, String since) {
    public Holding {
        indices = List.copyOf(indices);
        uuids = List.copyOf(uuids);
    }
}
