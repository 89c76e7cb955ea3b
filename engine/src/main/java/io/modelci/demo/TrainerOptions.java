package io.modelci.demo;

import java.util.List;

/**
 * Hyperparameters and data settings of the demo trainer.
 *
 * @param labelColumn the label column; null means {@code label} when present, else the last column
 * @param positive the label value that counts as positive; null picks {@code 1}, {@code yes} or {@code true} when
 *        present, else the larger of the two values
 * @param idColumn the id column the split hashes; when absent from the data, 1-based row numbers are the ids
 * @param features the columns to use; null or empty means all but the id and the label
 * @param excludedFeatures columns left out of {@code features}
 * @param sliceColumns columns copied into the predictions; null means {@code area_code} and {@code state} where present
 * @param learningRate the SGD step size
 * @param epochs passes over the training rows
 * @param l2 the L2 penalty on the weights (not the bias)
 * @param batchSize rows per SGD step
 * @param seed the seed of the row order in each epoch
 * @param split the train/validation/holdout split
 * @param numericBins when above 1, numeric columns are also one-hot encoded into this many quantile bins, which
 *        lets the linear model bend (0: off)
 */
public record TrainerOptions(String labelColumn, String positive, String idColumn, List<String> features,
        List<String> excludedFeatures, List<String> sliceColumns, double learningRate, int epochs, double l2,
        int batchSize, long seed, HoldoutSplit split, int numericBins) {
    public TrainerOptions {
        if (!(learningRate > 0) || epochs < 1 || l2 < 0 || batchSize < 1 || numericBins < 0) {
            throw new IllegalArgumentException("need learning rate > 0, epochs >= 1, l2 >= 0, batch size >= 1");
        }
        features = features == null ? List.of() : List.copyOf(features);
        excludedFeatures = excludedFeatures == null ? List.of() : List.copyOf(excludedFeatures);
        sliceColumns = sliceColumns == null ? null : List.copyOf(sliceColumns);
    }

    /** The defaults: learning rate 0.05, 20 epochs, L2 1e-4, batch 32, seed 1, the default split. */
    public static TrainerOptions defaults() {
        return new TrainerOptions(null, null, "id", List.of(), List.of(), null, 0.05, 20, 1e-4, 32, 1,
                HoldoutSplit.DEFAULT, 0);
    }

    public TrainerOptions withLabel(final String label, final String positiveValue) {
        return new TrainerOptions(label, positiveValue, idColumn, features, excludedFeatures, sliceColumns,
                learningRate, epochs, l2, batchSize, seed, split, numericBins);
    }

    public TrainerOptions withFeatures(final List<String> columns) {
        return new TrainerOptions(labelColumn, positive, idColumn, columns, excludedFeatures, sliceColumns,
                learningRate, epochs, l2, batchSize, seed, split, numericBins);
    }

    public TrainerOptions withHyperparameters(final double rate, final int epochCount, final double penalty) {
        return new TrainerOptions(labelColumn, positive, idColumn, features, excludedFeatures, sliceColumns, rate,
                epochCount, penalty, batchSize, seed, split, numericBins);
    }

    public TrainerOptions withNumericBins(final int bins) {
        return new TrainerOptions(labelColumn, positive, idColumn, features, excludedFeatures, sliceColumns,
                learningRate, epochs, l2, batchSize, seed, split, bins);
    }

    public TrainerOptions withSeed(final long newSeed) {
        return new TrainerOptions(labelColumn, positive, idColumn, features, excludedFeatures, sliceColumns,
                learningRate, epochs, l2, batchSize, newSeed, split, numericBins);
    }
}
