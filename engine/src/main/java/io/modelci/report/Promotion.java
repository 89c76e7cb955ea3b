package io.modelci.report;

/**
 * A point of a trend where the champion changed.
 *
 * @param x the build number, version or epoch milliseconds, on the same scale as the trend's points
 * @param label a short label such as "v7"; may be empty
 */
public record Promotion(double x, String label) {
    public Promotion {
        label = label == null ? "" : label;
    }
}
