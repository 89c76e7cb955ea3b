package io.modelci.report;

import java.util.Arrays;
import java.util.List;

/**
 * A confusion matrix: {@code counts[actual][predicted]} over the same labels in the same order.
 *
 * @param labels the class labels
 * @param counts a square matrix with one row and one column per label
 */
public record ConfusionMatrix(List<String> labels, long[][] counts) {
    public ConfusionMatrix {
        labels = labels == null ? List.of() : List.copyOf(labels);
        long[][] copy = new long[labels.size()][];
        for (int i = 0; i < labels.size(); i++) {
            if (counts == null || counts.length != labels.size() || counts[i].length != labels.size()) {
                throw new IllegalArgumentException("a confusion matrix over " + labels.size()
                        + " labels needs " + labels.size() + "x" + labels.size() + " counts");
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /** The binary matrix from the four counts, labels "0" (negative) and "1" (positive). */
    public static ConfusionMatrix binary(final long tn, final long fp, final long fn, final long tp) {
        return new ConfusionMatrix(List.of("0", "1"), new long[][] {{tn, fp}, {fn, tp}});
    }

    /** The count of rows whose actual label is {@code actual} and predicted label {@code predicted}. */
    public long count(final int actual, final int predicted) {
        return counts[actual][predicted];
    }

    /** The count divided by its row's total (recall per class on the diagonal); 0 for an empty row. */
    public double rowFraction(final int actual, final int predicted) {
        long total = Arrays.stream(counts[actual]).sum();
        return total == 0 ? 0 : counts[actual][predicted] / (double) total;
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
        return other instanceof ConfusionMatrix m && m.labels.equals(labels) && Arrays.deepEquals(m.counts, counts);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + labels + Arrays.deepToString(counts);
    }
}
