package io.modelci.gpu;

import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Who asks for or holds GPUs.
 *
 * @param id unique among claimants (a build's id on Jenkins; pid and a random part for a command line)
 * @param pid the local process that holds the GPUs, or 0 when the owner of the allocator decides liveness
 *        (a Jenkins build)
 * @param processStart when that process started (ISO-8601), so that a reused pid is not mistaken for the holder;
 *        null when unknown
 * @param description for people: what runs, for whom
 */
public record Claimant(String id, long pid, String processStart, String description) {
    /** A claimant for this process, with a fresh id (so that two threads of one process are two claimants). */
    public static Claimant currentProcess(final String description) {
        ProcessHandle self = ProcessHandle.current();
        String start = self.info().startInstant().map(Instant::toString).orElse(null);
        return new Claimant("pid" + self.pid() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()),
                self.pid(), start, description);
    }

    /** A claimant whose liveness the allocator's owner decides, such as a Jenkins build. */
    public static Claimant external(final String id, final String description) {
        return new Claimant(id, 0, null, description);
    }

    /**
     * Whether the holder still runs: its pid exists, is not a zombie, and started when the claimant says (a pid
     * reused by another program has a later start). Always true for an external claimant.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAlive() {
        return pid <= 0 || new LocalProcess(pid, processStart).isAlive();
    }
}
