package io.modelci.demo;

import java.util.List;
import java.util.Map;

/**
 * What a training run produced.
 *
 * @param model the trained model
 * @param history one entry per epoch
 * @param holdoutPredictions the model's predictions on the holdout rows, in data order
 * @param metrics final metrics: {@code holdout_auc}, {@code holdout_log_loss}, {@code holdout_accuracy},
 *        {@code loss}, {@code val_loss}, {@code val_auc}, row counts
 */
public record TrainingResult(LogisticModel model, List<EpochMetrics> history, List<Prediction> holdoutPredictions,
        Map<String, Double> metrics) {
}
