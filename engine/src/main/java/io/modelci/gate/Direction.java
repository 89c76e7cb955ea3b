package io.modelci.gate;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which way a metric gets better. */
public enum Direction {
    /** Larger values are better (accuracy, ROC AUC, R²). */
    HIGHER,
    /** Smaller values are better (losses, errors, latency). */
    LOWER;

    private static final Set<String> HIGHER_IS_BETTER = Set.of(
            "accuracy", "balanced_accuracy", "precision", "recall", "f1", "roc_auc", "auc", "average_precision",
            "mcc", "r2", "explained_variance", "cohen_kappa", "precision_macro", "recall_macro", "f1_macro",
            "precision_weighted", "recall_weighted", "f1_weighted", "f1_micro", "roc_auc_ovr", "specificity",
            "sensitivity", "tp", "tn", "throughput");
    private static final Set<String> LOWER_IS_BETTER = Set.of(
            "log_loss", "brier_score", "brier", "mae", "mse", "rmse", "mape", "median_absolute_error", "max_error",
            "error_rate", "fp", "fn", "loss", "latency");

    /**
     * The direction of a built-in metric name, if it is one: the names of the evaluation engine's metric suite,
     * plus {@code latency_*}, {@code *_loss} and {@code *_error} which are always lower-is-better.
     */
    public static Optional<Direction> defaultFor(final String metric) {
        String name = metric.toLowerCase(Locale.ROOT);
        if (HIGHER_IS_BETTER.contains(name)) {
            return Optional.of(HIGHER);
        }
        if (LOWER_IS_BETTER.contains(name) || name.startsWith("latency_") || name.endsWith("_loss")
                || name.endsWith("_error") || name.endsWith("_latency")) {
            return Optional.of(LOWER);
        }
        return Optional.empty();
    }

    /** How much better {@code challenger} is than {@code champion}: positive means an improvement. */
    public double improvement(final double challenger, final double champion) {
        return this == HIGHER ? challenger - champion : champion - challenger;
    }

    /** The name used in policies and verdicts. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
