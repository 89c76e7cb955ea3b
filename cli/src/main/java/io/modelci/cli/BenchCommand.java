package io.modelci.cli;

import io.modelci.eval.EvaluationOptions;
import io.modelci.eval.EvaluationResult;
import io.modelci.eval.Evaluator;
import io.modelci.eval.PairedBootstrap;
import io.modelci.eval.Predictions;
import io.modelci.eval.PredictionsReader;
import io.modelci.eval.ReadOptions;
import io.modelci.eval.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * {@code modelci bench}: speed figures of the engine on generated data. The whole-process figure (JVM start
 * included) comes from bench/evaluate-bench.sh, which times {@code modelci evaluate} on the generated file.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the evaluation engine on generated data.",
        subcommands = BenchCommand.Evaluate.class)
public final class BenchCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code modelci bench evaluate}. */
    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Generate a binary label,score file (if missing), time reading plus the metric suite "
                    + "in this process, and time a paired bootstrap of accuracy, f1 and roc_auc deltas.")
    static final class Evaluate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--file", defaultValue = "target/bench/predictions-10m.csv", paramLabel = "FILE",
                description = "The predictions file; generated when missing. Default: ${DEFAULT-VALUE}.")
        private Path file;

        @Option(names = "--rows", defaultValue = "10000000", paramLabel = "N",
                description = "Rows to generate. Default: ${DEFAULT-VALUE}.")
        private int rows;

        @Option(names = "--repeat", defaultValue = "3", paramLabel = "N",
                description = "Timed evaluations of the file. Default: ${DEFAULT-VALUE}.")
        private int repeat;

        @Option(names = "--bootstrap-rows", defaultValue = "1000000", paramLabel = "N",
                description = "Rows of the paired bootstrap; 0 skips it. Default: ${DEFAULT-VALUE}.")
        private int bootstrapRows;

        @Option(names = "--resamples", defaultValue = "1000", paramLabel = "N",
                description = "Paired bootstrap resamples. Default: ${DEFAULT-VALUE}.")
        private int resamples;

        @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
                description = "Bootstrap threads. Default: ${DEFAULT-VALUE}.")
        private int threads;

        @Option(names = "--generate-only", description = "Only write the file.")
        private boolean generateOnly;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.exists(file)) {
                long start = System.nanoTime();
                generate(file, rows, 1);
                out.printf(Locale.ROOT, "generated %s: %d rows, %.1f MB in %.1f s%n", file, rows,
                        Files.size(file) / 1e6, seconds(start));
            }
            if (generateOnly) {
                out.flush();
                return ModelCi.EXIT_OK;
            }
            for (int r = 0; r < repeat; r++) {
                long start = System.nanoTime();
                Predictions predictions = PredictionsReader.read(file, ReadOptions.of(Task.BINARY));
                double read = seconds(start);
                EvaluationResult result = Evaluator.evaluate(predictions, EvaluationOptions.defaults());
                out.printf(Locale.ROOT, "evaluate %s (%d rows): read %.3f s, metrics %.3f s, total %.3f s; "
                                + "roc_auc %.6f%n", file.getFileName(), result.rows(), read, seconds(start) - read,
                        seconds(start), result.metrics().get("roc_auc"));
                out.flush();
            }
            if (bootstrapRows > 0) {
                benchBootstrap(out);
            }
            out.flush();
            return ModelCi.EXIT_OK;
        }

        private void benchBootstrap(final PrintWriter out) {
            // a retrained challenger and its champion score the same rows alike: shared noise, plus their own
            benchBootstrap(out, "correlated scores (r ~ 0.9)", 0.9);
            benchBootstrap(out, "independent scores", 0.0);
        }

        private void benchBootstrap(final PrintWriter out, final String kind, final double shared) {
            SplittableRandom random = new SplittableRandom(5);
            int[] labels = new int[bootstrapRows];
            double[] challenger = new double[bootstrapRows];
            double[] champion = new double[bootstrapRows];
            double own = Math.sqrt(1 - shared * shared);
            for (int i = 0; i < bootstrapRows; i++) {
                labels[i] = random.nextInt(10) < 3 ? 1 : 0;
                double common = random.nextGaussian();
                double z = 1.2 * labels[i] - 0.6;
                challenger[i] = round6(sigmoid(1.1 * z + shared * common + own * random.nextGaussian()));
                champion[i] = round6(sigmoid(z + shared * common + own * random.nextGaussian()));
            }
            Predictions a = Predictions.binary(labels, challenger, 0.5);
            Predictions b = Predictions.binary(labels, champion, 0.5);
            long start = System.nanoTime();
            var deltas = PairedBootstrap.deltas(a, b, List.of("accuracy", "f1", "roc_auc"), resamples, 1, 0.95,
                    threads);
            out.printf(Locale.ROOT, "paired bootstrap, %s: %d resamples of accuracy, f1, roc_auc deltas on %d "
                    + "rows, %d threads: %.3f s (roc_auc delta %.5f [%.5f, %.5f])%n", kind, resamples,
                    bootstrapRows, threads, seconds(start), deltas.get("roc_auc").delta(),
                    deltas.get("roc_auc").low(), deltas.get("roc_auc").high());
            out.flush();
        }

        private static double sigmoid(final double x) {
            return 1 / (1 + Math.exp(-x));
        }

        private static double round6(final double value) {
            return Math.round(value * 1e6) / 1e6;
        }

        private static double seconds(final long start) {
            return (System.nanoTime() - start) / 1e9;
        }

        /** Writes {@code label,score} rows with 6-decimal scores that lean towards the label. */
        static void generate(final Path target, final int rows, final long seed) throws IOException {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            SplittableRandom random = new SplittableRandom(seed);
            byte[] buffer = new byte[1 << 20];
            int used = 0;
            try (OutputStream out = Files.newOutputStream(target)) {
                byte[] header = "label,score\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                out.write(header);
                for (int i = 0; i < rows; i++) {
                    if (used > buffer.length - 16) {
                        out.write(buffer, 0, used);
                        used = 0;
                    }
                    int label = random.nextInt(10) < 3 ? 1 : 0;
                    double score = Math.min(1.0, 0.3 * label + 0.7 * random.nextDouble());
                    int micros = (int) Math.round(score * 1_000_000);
                    buffer[used++] = (byte) ('0' + label);
                    buffer[used++] = ',';
                    buffer[used++] = (byte) ('0' + micros / 1_000_000);
                    buffer[used++] = '.';
                    int fraction = micros % 1_000_000;
                    for (int d = 100_000; d > 0; d /= 10) {
                        buffer[used++] = (byte) ('0' + fraction / d % 10);
                    }
                    buffer[used++] = '\n';
                }
                out.write(buffer, 0, used);
            }
        }
    }
}
