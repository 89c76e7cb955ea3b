package io.modelci.gpu;

/**
 * A request waiting its turn.
 *
 * @param ticket its place in the queue (lower goes first)
 * @param claimant who waits
 * @param request what for
 * @param since when it joined the queue (ISO-8601)
 */
public record QueuedRequest(long ticket, Claimant claimant, GpuRequest request, String since) {
}
