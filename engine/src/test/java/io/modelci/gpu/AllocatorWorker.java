package io.modelci.gpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * A separate process that takes GPUs through {@link FileGpuAllocator}: the other side of the cross-process tests.
 * Arguments: home, GPUs on the machine, GPUs to ask for, rounds, hold milliseconds, journal directory. It
 * writes <pid>.txt there with
 * "pid index acquiredAtNanos releasedAtNanos" lines (System.nanoTime is one clock for all processes of a boot on
 * Linux) and prints "acquired" after its first grant. A hold of -1 means hold until killed.
 */
public final class AllocatorWorker {
    private AllocatorWorker() {
    }

    public static void main(final String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int machine = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        long hold = Long.parseLong(args[4]);
        Path journal = Path.of(args[5]).resolve(ProcessHandle.current().pid() + ".txt");
        FileGpuAllocator allocator = new FileGpuAllocator(home, () -> GpuAllocatorTest.gpus(machine));
        for (int round = 0; round < rounds; round++) {
            Claimant claimant = Claimant.currentProcess("worker");
            try (FileGpuAllocator.Lease lease = allocator.acquire(claimant, GpuRequest.of(count),
                    Duration.ofMinutes(2), message -> { })) {
                long acquired = System.nanoTime();
                System.out.println("acquired " + lease.gpus().stream().map(g -> Integer.toString(g.index()))
                        .collect(Collectors.joining(",")));
                System.out.flush();
                if (hold < 0) {
                    Thread.sleep(Long.MAX_VALUE);
                }
                Thread.sleep(hold);
                long released = System.nanoTime();
                StringBuilder lines = new StringBuilder();
                for (Gpu gpu : lease.gpus()) {
                    lines.append(ProcessHandle.current().pid()).append(' ').append(gpu.index()).append(' ')
                            .append(acquired).append(' ').append(released).append('\n');
                }
                append(journal, lines.toString());
            }
        }
    }

    private static void append(final Path journal, final String lines) throws IOException {
        Files.writeString(journal, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }
}
