package io.modelci.demo;

import java.util.Locale;

/**
 * Metrics after one epoch.
 *
 * @param epoch 1-based
 * @param loss mean log loss on the training rows
 * @param validationLoss mean log loss on the validation rows (NaN without validation rows)
 * @param validationAuc ROC AUC on the validation rows (NaN without validation rows)
 */
public record EpochMetrics(int epoch, double loss, double validationLoss, double validationAuc) {
    /** The log line the trainer prints, e.g. {@code epoch 3 loss=0.4100 val_loss=0.4300 val_auc=0.8100}. */
    public String toLogLine() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %d loss=%.4f", epoch, loss));
        if (!Double.isNaN(validationLoss)) {
            line.append(String.format(Locale.ROOT, " val_loss=%.4f val_auc=%.4f", validationLoss, validationAuc));
        }
        return line.toString();
    }
}
