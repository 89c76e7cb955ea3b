package io.modelci.gpu;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A process of this machine, named so that a reused pid is not mistaken for it.
 *
 * @param pid its pid
 * @param start when it started (ISO-8601), or null when unknown
 */
public record LocalProcess(long pid, String start) {
    /** Start times read by two JVMs may differ in their last digits; a reused pid starts much later. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(1);

    /** The process behind a handle. */
    public static LocalProcess of(final ProcessHandle handle) {
        return new LocalProcess(handle.pid(), handle.info().startInstant().map(Instant::toString).orElse(null));
    }

    /** Whether it still runs: the pid exists, is not a zombie, and started when recorded. */
    @JsonIgnore
    public boolean isAlive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !isRunning(handle.get())) {
            return false;
        }
        if (start == null) {
            return true;
        }
        Optional<Instant> actual = handle.get().info().startInstant();
        return actual.isEmpty()
                || Duration.between(Instant.parse(start), actual.get()).abs().compareTo(START_TOLERANCE) <= 0;
    }

    private static boolean isRunning(final ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(process.pid()),
                    "stat"));
            // The state follows the command name, which is in parentheses and may itself hold ") ".
            int end = stat.lastIndexOf(')');
            return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
        }
        catch (java.io.IOException e) {
            return process.isAlive();
        }
    }
}
