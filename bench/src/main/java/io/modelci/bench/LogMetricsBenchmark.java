package io.modelci.bench;

import io.modelci.metrics.LogMetricsParser;
import io.modelci.metrics.Metrics;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * How fast a training log is scanned for metrics. Each benchmark method reads a whole generated log; besides
 * logs per second, JMH reports the secondary result {@code megabytes} in MB/s.
 *
 * <p>The fork runs with a 64 MB heap, which shows the scan runs in constant memory whatever the log's size.
 * Run: {@code java -jar bench/target/benchmarks.jar LogMetricsBenchmark -p sizeMb=1024}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
public class LogMetricsBenchmark {
    /** Size of the generated log in MB. */
    @Param("256")
    public int sizeMb;

    /** Share of the lines that carry metrics: "all" or "quarter" (the rest is ordinary log noise). */
    @Param({"all", "quarter"})
    public String metricLines;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Path log;

    @Setup(Level.Trial)
    public void writeLog() throws IOException {
        log = Files.createTempFile("modelci-bench-", ".log");
        long target = (long) sizeMb << 20;
        Random random = new Random(7);
        int every = metricLines.equals("all") ? 1 : 4;
        long written = 0;
        long line = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(log), 1 << 16)) {
            while (written < target) {
                String text = line % every == 0 ? metricLine(line, random) : noiseLine(line, random);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                long left = target - written;
                out.write(bytes, 0, (int) Math.min(bytes.length, left));
                written += bytes.length;
                line++;
            }
        }
    }

    @TearDown(Level.Trial)
    public void deleteLog() throws IOException {
        Files.deleteIfExists(log);
    }

    /** The default format, hand-scanned over bytes. */
    @Benchmark
    public Metrics defaultFormat(final Megabytes read, final CpuTime cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        Metrics metrics = LogMetricsParser.scanFile(log);
        cpu.cpuMillis += (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
        read.megabytes += sizeMb;
        return metrics;
    }

    /** Counts the megabytes read, so that JMH reports MB/s of wall-clock time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Megabytes {
        /** Megabytes read in this iteration. */
        public long megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    /**
     * The CPU time the scanning thread used, summed per iteration: on a shared machine wall-clock time also
     * counts the time other processes had the CPU, so MB per CPU-second ({@code megabytes * seconds per
     * iteration / (cpuMillis / 1000)}) is the steadier figure.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        /** CPU milliseconds spent scanning in this iteration. */
        public long cpuMillis;

        @Setup(Level.Iteration)
        public void reset() {
            cpuMillis = 0;
        }
    }

    private static String metricLine(final long line, final Random random) {
        return String.format(java.util.Locale.ROOT,
                "[INFO] 2026-11-25 14:%02d:%02d,%03d train.py:88 epoch %d step=%d loss=%.6f val_acc=%.4f "
                        + "lr=%.1e grad_norm=%.5f%n",
                line / 60 % 60, line % 60, line % 1000, line / 10_000, line, random.nextDouble(),
                random.nextDouble(), 1e-4 * (1 + random.nextInt(9)), random.nextDouble() * 10);
    }

    private static String noiseLine(final long line, final Random random) {
        return String.format(java.util.Locale.ROOT,
                "[DEBUG] 2026-11-25 14:%02d:%02d,%03d dataloader.py:142 worker %d prefetched batch %d of shape "
                        + "(64, 3, 224, 224) in %.2f ms%n",
                line / 60 % 60, line % 60, line % 1000, random.nextInt(8), line, random.nextDouble() * 20);
    }
}
