package io.modelci.eval;

import java.util.List;

/** The metric names of each task: part of the interface (JSON keys, policy files). */
public final class MetricNames {
    /** Binary metrics. */
    public static final List<String> BINARY = List.of("accuracy", "balanced_accuracy", "precision", "recall", "f1",
            "roc_auc", "average_precision", "log_loss", "brier_score", "mcc", "tp", "fp", "tn", "fn");
    /** Multiclass metrics (log_loss and roc_auc_ovr need probability columns). */
    public static final List<String> MULTICLASS = List.of("accuracy", "balanced_accuracy", "precision_macro",
            "recall_macro", "f1_macro", "precision_weighted", "recall_weighted", "f1_weighted", "f1_micro", "mcc",
            "cohen_kappa", "log_loss", "roc_auc_ovr");
    /** Regression metrics. */
    public static final List<String> REGRESSION = List.of("mae", "mse", "rmse", "r2", "mape",
            "median_absolute_error", "max_error", "explained_variance");
    /** Metrics where lower is better (all others: higher is better, except the raw counts). */
    public static final List<String> LOWER_IS_BETTER = List.of("log_loss", "brier_score", "mae", "mse", "rmse",
            "mape", "median_absolute_error", "max_error", "fp", "fn");

    private MetricNames() {
    }

    /** The metric names of a task. */
    public static List<String> of(final Task task) {
        return switch (task) {
            case BINARY -> BINARY;
            case MULTICLASS -> MULTICLASS;
            case REGRESSION -> REGRESSION;
        };
    }

    /** Whether a smaller value of {@code metric} means a better model. */
    public static boolean lowerIsBetter(final String metric) {
        return LOWER_IS_BETTER.contains(metric);
    }
}
