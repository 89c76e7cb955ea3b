package io.modelci.cli.demo;

import io.modelci.cli.ModelCi;
import io.modelci.demo.CsvTable;
import io.modelci.demo.HoldoutSplit;
import io.modelci.demo.LogisticTrainer;
import io.modelci.demo.TrainerOptions;
import io.modelci.demo.TrainingOutputs;
import io.modelci.demo.TrainingResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The demo trainer, run as its own process:
 * {@code java -cp modelci.jar io.modelci.cli.demo.TrainMain --data churn.csv --out run/}. Prints one line per
 * epoch and writes {@code model.json}, {@code metrics.json} and {@code predictions.csv} (holdout rows) into
 * {@code --out}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains the demo logistic regression on a CSV file and writes model, metrics and predictions.")
public final class TrainMain implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, description = "Training data: CSV with a header row.")
    private Path data;

    @Option(names = "--out", required = true,
            description = "Folder to write model.json, metrics.json and predictions.csv into (created if needed).")
    private Path out;

    @Option(names = "--label", description = "Label column (default: 'label' if present, else the last column).")
    private String label;

    @Option(names = "--positive", description = "Label value of the positive class (default: 1, yes or true).")
    private String positive;

    @Option(names = "--id", defaultValue = "id",
            description = "Id column the split hashes; row numbers when the data has none (default: ${DEFAULT-VALUE}).")
    private String id;

    @Option(names = "--features", split = ",",
            description = "Comma-separated feature columns (default: all but id and label).")
    private List<String> features;

    @Option(names = "--exclude", split = ",", description = "Comma-separated columns to leave out of the features.")
    private List<String> excluded;

    @Option(names = "--slice", split = ",",
            description = "Columns copied into predictions.csv for per-slice evaluation (default: area_code, state).")
    private List<String> slices;

    @Option(names = "--learning-rate", defaultValue = "0.05", description = "SGD step size (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    @Option(names = "--epochs", defaultValue = "20", description = "Passes over the training rows (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--l2", defaultValue = "0.0001", description = "L2 penalty on the weights (default: ${DEFAULT-VALUE}).")
    private double l2;

    @Option(names = "--batch-size", defaultValue = "32", description = "Rows per SGD step (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the row order (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--split-seed", defaultValue = "42",
            description = "Seed of the train/validation/holdout split; keep it to compare models (default: ${DEFAULT-VALUE}).")
    private long splitSeed;

    @Option(names = "--holdout", defaultValue = "0.2", description = "Holdout fraction (default: ${DEFAULT-VALUE}).")
    private double holdoutFraction;

    @Option(names = "--validation", defaultValue = "0.1", description = "Validation fraction (default: ${DEFAULT-VALUE}).")
    private double validationFraction;

    @Option(names = "--bins", defaultValue = "0",
            description = "Also one-hot encode numeric columns into this many quantile bins; 0 is off (default: ${DEFAULT-VALUE}).")
    private int bins;

    public static void main(final String[] args) {
        System.exit(DemoMains.execute(new TrainMain(), args));
    }

    @Override
    public Integer call() {
        TrainerOptions options;
        try {
            options = new TrainerOptions(label, positive, id, features, excluded, slices, learningRate, epochs, l2,
                    batchSize, seed, new HoldoutSplit(splitSeed, holdoutFraction, validationFraction), bins);
        }
        catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        long started = System.nanoTime();
        TrainingResult result = new LogisticTrainer(options).train(CsvTable.read(data), epoch -> {
            stdout.println(epoch.toLogLine());
            stdout.flush();
        });
        TrainingOutputs.write(result, out);
        stdout.printf(Locale.ROOT, "holdout_auc=%.4f holdout_log_loss=%.4f holdout_rows=%d (%.1f s)%n",
                result.metrics().get("holdout_auc"), result.metrics().get("holdout_log_loss"),
                result.metrics().get("holdout_rows").longValue(), (System.nanoTime() - started) / 1e9);
        stdout.println("wrote " + out.resolve(TrainingOutputs.MODEL) + ", " + TrainingOutputs.METRICS + ", "
                + TrainingOutputs.PREDICTIONS);
        stdout.flush();
        return ModelCi.EXIT_OK;
    }
}
