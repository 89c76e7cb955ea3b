package io.modelci.gpu;

import java.util.List;

/**
 * GPUs granted to a claimant.
 *
 * @param claimant who holds them
 * @param indices the GPUs' indices
 * @param uuids the GPUs' UUIDs, in the same order
 * @param since when they were granted (ISO-8601)
 * @param processes the processes started on these GPUs (the training command): the holding stays while any of
 *        them runs, even when the claimant itself was killed, so that an orphaned training keeps its cards
 */
public record Holding(Claimant claimant, List<Integer> indices, List<String> uuids, String since,
        List<LocalProcess> processes) {
    public Holding {
        indices = List.copyOf(indices);
        uuids = List.copyOf(uuids);
        processes = processes == null ? List.of() : List.copyOf(processes);
    }

    /** Whether the claimant or a process started on the GPUs still runs. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAlive() {
        return claimant.isAlive() || processes.stream().anyMatch(LocalProcess::isAlive);
    }

    Holding withProcess(final LocalProcess process) {
        List<LocalProcess> more = new java.util.ArrayList<>(processes);
        more.add(process);
        return new Holding(claimant, indices, uuids, since, more);
    }
}
