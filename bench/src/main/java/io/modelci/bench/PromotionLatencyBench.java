package io.modelci.bench;

import io.modelci.registry.Artifact;
import io.modelci.registry.Audit;
import io.modelci.registry.ConflictException;
import io.modelci.registry.Expected;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.Lineage;
import io.modelci.registry.NewVersion;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Promotion latency on the embedded H2 registry under contention: THREADS threads each make ATTEMPTS
 * compare-and-set promotions of one alias (read the holder, move it on). Every {@code setAlias} call is timed,
 * won or lost, after a warm-up round. Prints p50, p90, p99 and max in milliseconds.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.modelci.bench.PromotionLatencyBench [THREADS] [ATTEMPTS] [URL]</pre>
 */
public final class PromotionLatencyBench {
    private static final String MODEL = "bench";
    private static final String ALIAS = "champion";
    private static final int VERSIONS = 5;

    private PromotionLatencyBench() {
    }

    public static void main(final String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int attempts = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path folder = Files.createTempDirectory("modelci-bench-registry");
        String url = args.length > 2 ? args[2] : null;
        try (JdbcRegistry registry = url == null ? JdbcRegistry.openFolder(folder) : JdbcRegistry.open(url,
                System.getenv(JdbcRegistry.USER_VARIABLE), System.getenv(JdbcRegistry.PASSWORD_VARIABLE))) {
            for (int i = 0; i < VERSIONS; i++) {
                registry.register(MODEL, NewVersion.of(List.of(new Artifact("m.bin", "0".repeat(64), 1)),
                        Map.of("auc", 0.9), Lineage.by("bench")));
            }
            registry.setAlias(MODEL, ALIAS, 1, Expected.any(), Audit.of("bench", "seed"));
            round(registry, threads, attempts, new Recorder(3)); // warm-up: JIT, pool, page cache
            Recorder recorder = new Recorder(3);
            long start = System.nanoTime();
            int won = round(registry, threads, attempts, recorder);
            double seconds = (System.nanoTime() - start) / 1e9;
            Histogram histogram = recorder.getIntervalHistogram();
            System.out.printf("registry %s, %d threads x %d compare-and-set promotions, %d won, %.0f calls/s%n",
                    registry.displayUrl(), threads, attempts, won, threads * attempts / seconds);
            System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                    histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(90) / 1e6,
                    histogram.getValueAtPercentile(99) / 1e6, histogram.getMaxValue() / 1e6);
        }
    }

    private static int round(final JdbcRegistry registry, final int threads, final int attempts,
            final Recorder recorder) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger won = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < attempts; i++) {
                    Optional<Integer> seen = registry.resolve(MODEL, ALIAS);
                    int next = seen.orElse(0) % VERSIONS + 1;
                    long start = System.nanoTime();
                    try {
                        registry.setAlias(MODEL, ALIAS, next, Expected.of(seen), Audit.of("bench", "latency"));
                        won.incrementAndGet();
                    }
                    catch (ConflictException lost) {
                        // a lost race is an answer too: its latency counts
                    }
                    recorder.recordValue(System.nanoTime() - start);
                }
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
        return won.get();
    }
}
