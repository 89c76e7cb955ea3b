package io.modelci.bench;

import io.modelci.eval.DeltaInterval;
import io.modelci.eval.PairedBootstrap;
import io.modelci.eval.Predictions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The evaluation's paired bootstrap on 1 million binary rows: 1,000 resamples of the accuracy, F1 and ROC AUC
 * deltas, from in-memory predictions (alignment, both point suites, the resamples and the intervals).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.openjdk.jmh.Main PairedBootstrapBenchmark}, or quickly
 * without JMH: {@code java -cp bench/target/benchmarks.jar io.modelci.bench.PairedBootstrapBenchmark [rows]
 * [resamples] [threads]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class PairedBootstrapBenchmark {
    private static final List<String> METRICS = List.of("accuracy", "f1", "roc_auc");

    private Predictions challenger;
    private Predictions champion;
    private int resamples;
    private int threads;

    @Setup
    public void setUp() {
        setUp(1_000_000, 1000, 2);
    }

    void setUp(final int rows, final int resampleCount, final int threadCount) {
        PairedScores scores = PairedScores.draw(rows);
        challenger = scores.challenger();
        champion = scores.champion();
        resamples = resampleCount;
        threads = threadCount;
    }

    @Benchmark
    public Map<String, DeltaInterval> pairedBootstrapMillionRows() {
        return PairedBootstrap.deltas(challenger, champion, METRICS, resamples, 7, 0.95, threads);
    }

    /**
     * A quick run without JMH: prints the wall time and the process's CPU time of each of five runs (on a shared
     * machine, CPU time divided by the cores is what the run would take with the machine to itself).
     */
    public static void main(final String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int resamples = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        PairedBootstrapBenchmark benchmark = new PairedBootstrapBenchmark();
        benchmark.setUp(rows, resamples, threads);
        com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long cpuStart = system.getProcessCpuTime();
            Map<String, DeltaInterval> deltas = benchmark.pairedBootstrapMillionRows();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (system.getProcessCpuTime() - cpuStart) / 1_000_000;
            DeltaInterval auc = deltas.get("roc_auc");
            System.out.printf("run %d: %,d rows, %,d resamples, %d threads: %,d ms wall, %,d ms CPU on %d cores, "
                    + "load average %.1f (roc_auc delta %.5f [%.5f, %.5f])%n", run, rows, resamples, threads,
                    millis, cpuMillis, Runtime.getRuntime().availableProcessors(), system.getSystemLoadAverage(),
                    auc.delta(), auc.low(), auc.high());
        }
    }
}
