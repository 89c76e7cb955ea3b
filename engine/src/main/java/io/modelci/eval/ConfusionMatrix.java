package io.modelci.eval;

import java.util.List;

/**
 * A multiclass confusion matrix over the classes seen in the labels or predictions.
 *
 * @param labels the classes, in scikit-learn's order
 * @param counts {@code counts[actual][predicted]}
 */
public record ConfusionMatrix(List<String> labels, long[][] counts) {
    public ConfusionMatrix {
        labels = List.copyOf(labels);
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /** How many rows of class {@code actual} were predicted as {@code predicted}. */
    public long count(final int actual, final int predicted) {
        return counts[actual][predicted];
    }

    @Override
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof ConfusionMatrix matrix && labels.equals(matrix.labels)
                && java.util.Arrays.deepEquals(counts, matrix.counts);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + java.util.Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + labels + java.util.Arrays.deepToString(counts);
    }
}
