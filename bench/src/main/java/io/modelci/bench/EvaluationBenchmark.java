package io.modelci.bench;

import io.modelci.eval.EvaluationOptions;
import io.modelci.eval.EvaluationResult;
import io.modelci.eval.Evaluator;
import io.modelci.eval.PairedBootstrap;
import io.modelci.eval.Predictions;
import io.modelci.eval.PredictionsReader;
import io.modelci.eval.ReadOptions;
import io.modelci.eval.Task;
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

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The evaluation kernels: reading a binary predictions file, the binary metric suite on columns in memory, and
 * paired bootstrap resamples of accuracy, F1 and ROC AUC deltas.
 *
 * <pre>java -jar bench/target/benchmarks.jar EvaluationBenchmark -p rows=1000000</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class EvaluationBenchmark {
    @Param("1000000")
    private int rows;

    private Path file;
    private Predictions challenger;
    private Predictions champion;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        int[] labels = new int[rows];
        double[] a = new double[rows];
        double[] b = new double[rows];
        file = Files.createTempFile("predictions", ".csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("label,score\n");
            for (int i = 0; i < rows; i++) {
                labels[i] = random.nextInt(10) < 3 ? 1 : 0;
                double common = random.nextGaussian();
                a[i] = Math.round(1e6 / (1 + Math.exp(-(1.3 * labels[i] - 0.6 + common)))) / 1e6;
                b[i] = Math.round(1e6 / (1 + Math.exp(-(1.2 * labels[i] - 0.6 + 0.9 * common
                        + 0.44 * random.nextGaussian())))) / 1e6;
                out.write(labels[i] + "," + a[i] + "\n");
            }
        }
        challenger = Predictions.binary(labels, a, 0.5);
        champion = Predictions.binary(labels, b, 0.5);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Parse the file (two threads for big files) and fingerprint it. */
    @Benchmark
    public Predictions read() {
        return PredictionsReader.read(file, ReadOptions.of(Task.BINARY));
    }

    /** The binary suite on columns in memory: one radix sort, AUC, AP, log loss and the confusion counts. */
    @Benchmark
    public EvaluationResult binarySuite() {
        return Evaluator.evaluate(challenger, EvaluationOptions.defaults());
    }

    /** 100 paired resamples of accuracy, F1 and ROC AUC deltas (the gate's bootstrap). */
    @Benchmark
    public Map<String, ?> pairedBootstrap100() {
        return PairedBootstrap.deltas(challenger, champion, List.of("accuracy", "f1", "roc_auc"), 100, 7, 0.95);
    }
}
