package io.modelci.bench;

import io.modelci.eval.Predictions;
import io.modelci.gate.EvaluatedPairs;
import io.modelci.gate.Gate;
import io.modelci.gate.Policy;
import io.modelci.gate.Verdict;
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

import java.util.concurrent.TimeUnit;

/**
 * The gate on 1 million paired binary rows: 2,000 paired bootstrap resamples, three checks (ROC AUC with
 * significance, log-loss and accuracy guardrails). Measures {@link Gate#compare} from in-memory predictions:
 * alignment, both metric suites, the bootstrap and the verdict; file reading is the evaluation benchmark's.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.openjdk.jmh.Main GateBenchmark}, or quickly without
 * JMH: {@code java -cp bench/target/benchmarks.jar io.modelci.bench.GateBenchmark [rows] [resamples]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class GateBenchmark {
    private static final String POLICY = """
            checks:
              - metric: roc_auc
                min_improvement: 0.005
                significance: 0.05
              - metric: log_loss
                max_regression: 0.01
              - metric: accuracy
                max_regression: 0.005
            seed: 7
            """;

    private Predictions challenger;
    private Predictions champion;
    private Policy policy;

    @Setup
    public void setUp() {
        setUp(1_000_000, 2000);
    }

    void setUp(final int rows, final int resamples) {
        PairedScores scores = PairedScores.draw(rows);
        challenger = scores.challenger();
        champion = scores.champion();
        policy = Policy.parse(POLICY, "benchmark policy").withBootstrap(resamples);
    }

    @Benchmark
    public Verdict compareMillionPairedRows() {
        return Gate.compare(policy, EvaluatedPairs.of(challenger, champion));
    }

    /**
     * A quick run without JMH: prints the wall time and the process's CPU time of each of five runs (on a shared
     * machine, CPU time divided by the cores is what the run would take with the machine to itself).
     */
    public static void main(final String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int resamples = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        GateBenchmark benchmark = new GateBenchmark();
        benchmark.setUp(rows, resamples);
        com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long cpuStart = system.getProcessCpuTime();
            Verdict verdict = benchmark.compareMillionPairedRows();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (system.getProcessCpuTime() - cpuStart) / 1_000_000;
            System.out.printf("run %d: %,d rows, %,d resamples, %d checks: %,d ms wall, %,d ms CPU on %d cores, "
                    + "load average %.1f (%s)%n", run, rows, resamples, verdict.checks().size(), millis, cpuMillis,
                    Runtime.getRuntime().availableProcessors(), system.getSystemLoadAverage(), verdict.decision());
        }
    }
}
