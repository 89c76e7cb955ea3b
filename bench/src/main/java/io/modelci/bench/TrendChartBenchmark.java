package io.modelci.bench;

import io.modelci.report.ChartImages;
import io.modelci.report.Promotion;
import io.modelci.report.TrendChart;
import io.modelci.report.TrendChartData;
import io.modelci.report.TrendPoint;
import io.modelci.report.TrendSeries;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A job page's trend: 1,000 builds x 5 metrics with gaps and promotions, built and rendered to a 1000x450 PNG.
 * Target: at most 150 ms per chart, warm.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar TrendChartBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class TrendChartBenchmark {
    private TrendChartData data;

    @Setup
    public void setUp() {
        data = trend(1000, 5);
    }

    /** Builds the chart and encodes it as PNG: what a job page request costs. */
    @Benchmark
    public byte[] trendToPng() {
        return ChartImages.png(TrendChart.create(data), 1000, 450);
    }

    /** The same chart as SVG. */
    @Benchmark
    public String trendToSvg() {
        return ChartImages.svg(TrendChart.create(data), 1000, 450, "trend");
    }

    /**
     * Prints the CPU time (not wall time) per PNG chart of this thread, a figure that holds on a busy machine:
     * {@code java -cp bench/target/benchmarks.jar io.modelci.bench.TrendChartBenchmark}.
     */
    public static void main(final String[] args) {
        TrendChartData data = trend(1000, 5);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 200; i++) {
            ChartImages.png(TrendChart.create(data), 1000, 450);
        }
        int n = 100;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ChartImages.png(TrendChart.create(data), 1000, 450);
        }
        System.out.printf(java.util.Locale.ROOT, "trend 1000 builds x 5 metrics to PNG: %.1f ms CPU, %.1f ms wall per"
                + " chart%n", (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n, (System.nanoTime() - wall) / 1e6 / n);
    }

    static TrendChartData trend(final int builds, final int metrics) {
        Random random = new Random(1);
        String[] names = {"roc_auc", "f1", "accuracy", "precision", "recall"};
        List<TrendSeries> series = new ArrayList<>();
        for (int m = 0; m < metrics; m++) {
            List<TrendPoint> points = new ArrayList<>(builds);
            double level = 0.7 + 0.04 * m;
            for (int b = 1; b <= builds; b++) {
                level += (random.nextDouble() - 0.48) * 0.002;
                points.add(b % 50 == m ? TrendPoint.gap(b)
                        : new TrendPoint(b, level + random.nextGaussian() * 0.004));
            }
            series.add(new TrendSeries(names[m % names.length], points, level));
        }
        List<Promotion> promotions = new ArrayList<>();
        for (int b = 40; b <= builds; b += 90) {
            promotions.add(new Promotion(b, "v" + (promotions.size() + 2)));
        }
        return new TrendChartData("Metrics across builds", TrendChartData.XAxis.BUILD, series, promotions);
    }
}
