package io.modelci.eval;

import io.modelci.InputException;

import java.util.Locale;

/** The kind of model whose predictions are evaluated; decides the columns read and the metric suite. */
public enum Task {
    /** Two classes, a positive-class probability per row. */
    BINARY,
    /** Several classes, a predicted class per row and optionally one probability column per class. */
    MULTICLASS,
    /** A number per row. */
    REGRESSION;

    /** The name used on the command line and in JSON: {@code binary}, {@code multiclass}, {@code regression}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The task named {@code id} (case-insensitive). */
    public static Task of(final String id) {
        for (Task task : values()) {
            if (task.id().equalsIgnoreCase(id)) {
                return task;
            }
        }
        throw InputException.ofField("task", "unknown task '" + id + "'; expected binary, multiclass or regression");
    }
}
