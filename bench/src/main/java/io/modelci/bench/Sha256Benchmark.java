package io.modelci.bench;

import io.modelci.run.Sha256;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * SHA-256 of a model-sized file: the engine's streamed digest against {@code sha256sum} on the same file, in the
 * same harness. The file (random bytes, {@code sizeMiB}) is written once to {@code bench-data/} and then read from
 * the page cache by both, so the figure is the digest's speed, not the disk's.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar Sha256Benchmark}. Throughput = size / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class Sha256Benchmark {
    @Param("2048")
    public int sizeMiB;

    private Path file;

    @Setup(Level.Trial)
    public void createFile() throws IOException {
        file = Path.of("bench-data", "sha256-" + sizeMiB + "MiB.bin");
        if (Files.exists(file) && Files.size(file) == (long) sizeMiB << 20) {
            return;
        }
        Files.createDirectories(file.getParent());
        byte[] chunk = new byte[1 << 20];
        SplittableRandom random = new SplittableRandom(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < sizeMiB; i++) {
                for (int j = 0; j < chunk.length; j += 8) {
                    long value = random.nextLong();
                    for (int k = 0; k < 8; k++) {
                        chunk[j + k] = (byte) (value >>> (k * 8));
                    }
                }
                out.write(chunk);
            }
        }
    }

    @Benchmark
    public String modelci() throws IOException {
        return Sha256.of(file);
    }

    @Benchmark
    public String sha256sum() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sha256sum", file.toString()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("sha256sum failed");
        }
        return output.substring(0, 64);
    }
}
