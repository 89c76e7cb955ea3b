package io.modelci.bench;

import io.modelci.demo.BinaryMetrics;
import io.modelci.demo.CsvTable;
import io.modelci.demo.LogisticModel;
import io.modelci.demo.LogisticTrainer;
import io.modelci.demo.TrainerOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The demo model's costs: scoring one row (what the model server does per request), the holdout AUC, and one
 * training run on the example data. Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar DemoModelBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class DemoModelBenchmark {
    @Param({"100000"})
    public int rows;

    private CsvTable churn;
    private LogisticModel model;
    private Map<String, String> row;
    private double[] scores;
    private boolean[] labels;

    @Setup
    public void setUp() {
        Path data = Files.isRegularFile(Path.of("examples/data/churn.csv")) ? Path.of("examples/data/churn.csv")
                : Path.of("../examples/data/churn.csv");
        churn = CsvTable.read(data);
        model = new LogisticTrainer(TrainerOptions.defaults().withNumericBins(10)).train(churn, e -> { }).model();
        row = new HashMap<>();
        for (int c = 0; c < churn.getHeader().size(); c++) {
            row.put(churn.getHeader().get(c), churn.row(0)[c]);
        }
        Random random = new Random(1);
        scores = new double[rows];
        labels = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = random.nextDouble() < 0.15;
            scores[i] = random.nextGaussian() + (labels[i] ? 1 : 0);
        }
    }

    /** One request's worth of scoring: encode a row of text values and apply the weights. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double scoreOneRow() {
        return model.score(row::get);
    }

    /** ROC AUC over {@code rows} scores (sort plus rank sums). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double aucOfManyScores() {
        return BinaryMetrics.auc(scores, labels);
    }

    /** A whole training run with the default settings (20 epochs over 3,492 rows). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double trainDefaultModel() {
        return new LogisticTrainer(TrainerOptions.defaults()).train(churn, e -> { }).model().getDocument().bias();
    }
}
