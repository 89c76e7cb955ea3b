package io.modelci.demo;

import io.modelci.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Trains a logistic regression by mini-batch gradient descent with an L2 penalty, on standardised numeric and
 * one-hot categorical inputs. The same data, options and seed give the same model, bit for bit.
 */
public final class LogisticTrainer {
    private final TrainerOptions options;

    public LogisticTrainer(final TrainerOptions options) {
        this.options = options;
    }

    /**
     * Trains on the table's train rows, reporting each epoch to {@code onEpoch}.
     *
     * @throws InputException when the table lacks a column the options name, or the label is not binary
     */
    public TrainingResult train(final CsvTable table, final Consumer<EpochMetrics> onEpoch) {
        DataLayout layout = DataLayout.resolve(table, options);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> holdout = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            switch (options.split().partOf(DataLayout.idOf(table, layout.idIndex(), r))) {
                case TRAIN -> train.add(r);
                case VALIDATION -> validation.add(r);
                case HOLDOUT -> holdout.add(r);
            }
        }
        if (train.isEmpty() || holdout.isEmpty()) {
            throw InputException.ofFile(java.nio.file.Path.of(table.getSource()),
                    "too few rows to split into train and holdout: " + table.rowCount());
        }
        int[] trainRows = train.stream().mapToInt(Integer::intValue).toArray();
        FeatureEncoder encoder = FeatureEncoder.fit(table, layout.features(), trainRows, options.numericBins());
        EncodedRows trainSet = EncodedRows.of(table, encoder, layout, trainRows);
        EncodedRows validationSet = EncodedRows.of(table, encoder, layout,
                validation.stream().mapToInt(Integer::intValue).toArray());
        EncodedRows holdoutSet = EncodedRows.of(table, encoder, layout,
                holdout.stream().mapToInt(Integer::intValue).toArray());

        double[] weights = new double[encoder.width()];
        double[] bias = {priorLogOdds(trainSet.labels())};
        List<EpochMetrics> history = new ArrayList<>();
        Random random = new Random(options.seed());
        int[] order = new int[trainRows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            shuffle(order, random);
            runEpoch(trainSet, order, weights, bias);
            EpochMetrics metrics = new EpochMetrics(epoch, trainSet.logLoss(weights, bias[0]),
                    validationSet.size() == 0 ? Double.NaN : validationSet.logLoss(weights, bias[0]),
                    validationSet.size() == 0 ? Double.NaN : validationSet.auc(weights, bias[0]));
            history.add(metrics);
            onEpoch.accept(metrics);
        }

        LogisticModel model = new LogisticModel(new ModelDocument(ModelDocument.FORMAT, layout.labelColumn(),
                layout.positive(), layout.negative(), options.idColumn() != null && layout.idIndex() >= 0
                        ? options.idColumn() : null, layout.sliceColumns(), options.split(),
                encoder.withWeights(weights), bias[0], params(layout)));
        double[] holdoutScores = holdoutSet.scores(weights, bias[0]);
        List<Prediction> predictions = ModelScorer.predictions(table, layout.idIndex(), model, holdoutSet.rows(),
                holdoutScores);
        Map<String, Double> metrics = new TreeMap<>();
        metrics.put("holdout_auc", BinaryMetrics.auc(holdoutScores, holdoutSet.labels()));
        metrics.put("holdout_log_loss", BinaryMetrics.logLoss(holdoutScores, holdoutSet.labels()));
        metrics.put("holdout_accuracy", BinaryMetrics.accuracy(holdoutScores, holdoutSet.labels(), 0.5));
        EpochMetrics last = history.get(history.size() - 1);
        metrics.put("loss", last.loss());
        if (!Double.isNaN(last.validationLoss())) {
            metrics.put("val_loss", last.validationLoss());
            metrics.put("val_auc", last.validationAuc());
        }
        metrics.put("train_rows", (double) trainSet.size());
        metrics.put("validation_rows", (double) validationSet.size());
        metrics.put("holdout_rows", (double) holdoutSet.size());
        return new TrainingResult(model, List.copyOf(history), predictions, metrics);
    }

    private void runEpoch(final EncodedRows rows, final int[] order, final double[] weights, final double[] bias) {
        int width = weights.length;
        double[] gradient = new double[width];
        for (int start = 0; start < order.length; start += options.batchSize()) {
            int end = Math.min(order.length, start + options.batchSize());
            java.util.Arrays.fill(gradient, 0);
            double biasGradient = 0;
            for (int k = start; k < end; k++) {
                double[] x = rows.features()[order[k]];
                double error = rows.probability(x, weights, bias[0]) - (rows.labels()[order[k]] ? 1 : 0);
                for (int j = 0; j < width; j++) {
                    gradient[j] += error * x[j];
                }
                biasGradient += error;
            }
            double scale = options.learningRate() / (end - start);
            for (int j = 0; j < width; j++) {
                weights[j] -= scale * gradient[j] + options.learningRate() * options.l2() * weights[j];
            }
            bias[0] -= scale * biasGradient;
        }
    }

    private static double priorLogOdds(final boolean[] labels) {
        int positives = 0;
        for (boolean label : labels) {
            if (label) {
                positives++;
            }
        }
        double p = (positives + 0.5) / (labels.length + 1.0);
        return Math.log(p / (1 - p));
    }

    private static void shuffle(final int[] order, final Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private Map<String, Object> params(final DataLayout layout) {
        Map<String, Object> params = new TreeMap<>();
        params.put("learning_rate", options.learningRate());
        params.put("epochs", options.epochs());
        params.put("l2", options.l2());
        params.put("batch_size", options.batchSize());
        params.put("seed", options.seed());
        params.put("numeric_bins", options.numericBins());
        params.put("features", String.join(",", layout.features()));
        return params;
    }
}
