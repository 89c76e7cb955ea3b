package io.modelci.gate;

import java.util.Arrays;

/**
 * DeLong's test for two correlated ROC AUCs (DeLong, DeLong and Clarke-Pearson 1988), computed in O(n log n) with
 * the midrank algorithm of Sun and Xu (2014): the structural components (placement values) of each model come
 * from three midrank vectors, never from the m x n pair matrix.
 */
public final class DeLong {
    private DeLong() {
    }

    /**
     * The test's result.
     *
     * @param challengerAuc AUC of the first score vector
     * @param championAuc AUC of the second score vector
     * @param variance variance of the AUC difference
     * @param z the z statistic of the difference (NaN when the variance is 0)
     * @param pValue two-sided p-value of "equal AUCs" (1 when the variance is 0 and the AUCs are equal)
     */
    public record Result(double challengerAuc, double championAuc, double variance, double z, double pValue) {
        /** Challenger AUC minus champion AUC. */
        public double delta() {
            return challengerAuc - championAuc;
        }

        /** Normal interval of the difference at {@code confidence}. */
        public double[] interval(final double confidence) {
            double spread = Normal.quantile(1 - (1 - confidence) / 2) * Math.sqrt(variance);
            return new double[] {delta() - spread, delta() + spread};
        }
    }

    /**
     * Tests two score vectors against the same labels.
     *
     * @param positive true for rows of the positive class
     * @throws IllegalArgumentException when lengths differ or a class is absent
     */
    public static Result test(final double[] challengerScores, final double[] championScores,
            final boolean[] positive) {
        int rows = positive.length;
        if (challengerScores.length != rows || championScores.length != rows) {
            throw new IllegalArgumentException("both models must be scored on the same rows");
        }
        int m = 0;
        for (boolean label : positive) {
            if (label) {
                m++;
            }
        }
        int n = rows - m;
        if (m < 2 || n < 2) {
            throw new IllegalArgumentException("DeLong's test needs at least two rows of each class, got " + m
                    + " positive and " + n + " negative");
        }
        Components first = components(challengerScores, positive, m, n);
        Components second = components(championScores, positive, m, n);
        double s10 = covariance(first.positive, second.positive);
        double s01 = covariance(first.negative, second.negative);
        double variance = (variance(first.positive) + variance(second.positive) - 2 * s10) / m
                + (variance(first.negative) + variance(second.negative) - 2 * s01) / n;
        double delta = first.auc - second.auc;
        if (!(variance > 0)) {
            return new Result(first.auc, second.auc, 0, Double.NaN, delta == 0 ? 1.0 : 0.0);
        }
        double z = delta / Math.sqrt(variance);
        return new Result(first.auc, second.auc, variance, z, Normal.twoSidedP(z));
    }

    /** Placement values: V10 for each positive row, V01 for each negative row. */
    private record Components(double auc, double[] positive, double[] negative) {
    }

    private static Components components(final double[] scores, final boolean[] positive, final int m, final int n) {
        double[] x = new double[m];
        double[] y = new double[n];
        int i = 0;
        int j = 0;
        for (int row = 0; row < positive.length; row++) {
            if (positive[row]) {
                x[i++] = scores[row];
            }
            else {
                y[j++] = scores[row];
            }
        }
        double[] sortedX = x.clone();
        double[] sortedY = y.clone();
        Arrays.sort(sortedX);
        Arrays.sort(sortedY);
        // Midrank of a value in the pooled sample = its midrank among positives + among negatives, minus 1/2.
        // Placement of a positive: (pooled midrank - own midrank) / n = (negatives below + half the ties) / n.
        double[] v10 = new double[m];
        double sum = 0;
        for (int k = 0; k < m; k++) {
            v10[k] = countBelowWithHalfTies(sortedY, x[k]) / n;
            sum += v10[k];
        }
        double[] v01 = new double[n];
        for (int k = 0; k < n; k++) {
            v01[k] = 1 - countBelowWithHalfTies(sortedX, y[k]) / m;
        }
        return new Components(sum / m, v10, v01);
    }

    /** Number of values below {@code value} plus half the number equal to it: a midrank minus the own half. */
    private static double countBelowWithHalfTies(final double[] sorted, final double value) {
        int below = lowerBound(sorted, value);
        int notAbove = upperBound(sorted, value);
        return below + (notAbove - below) / 2.0;
    }

    private static int lowerBound(final double[] sorted, final double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }

    private static int upperBound(final double[] sorted, final double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }

    private static double variance(final double[] values) {
        return covariance(values, values);
    }

    /** Sample covariance with denominator k - 1, as in DeLong et al. */
    private static double covariance(final double[] a, final double[] b) {
        double meanA = 0;
        double meanB = 0;
        for (int k = 0; k < a.length; k++) {
            meanA += a[k];
            meanB += b[k];
        }
        meanA /= a.length;
        meanB /= b.length;
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += (a[k] - meanA) * (b[k] - meanB);
        }
        return sum / (a.length - 1);
    }
}
