package io.modelci.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Regression metrics: mae, mse, rmse, r2, mape, median_absolute_error, max_error, explained_variance. */
final class RegressionSuite implements MetricSuite {
    private final Predictions p;
    private int[] errorOrder;
    private double[] sortedErrors;

    RegressionSuite(final Predictions predictions) {
        this.p = predictions;
    }

    @Override
    public Map<String, Double> compute(final byte[] weights, final Set<String> wanted, final List<String> warnings) {
        double[] y = p.actualValue;
        double[] f = p.predictedValue;
        int n = p.rows;
        double count = 0;
        double sumAbs = 0;
        double sumSquared = 0;
        double sumY = 0;
        double sumDiff = 0;
        double sumPercentage = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            int w = weights == null ? 1 : weights[i];
            if (w == 0) {
                continue;
            }
            double difference = y[i] - f[i];
            double absolute = Math.abs(difference);
            count += w;
            sumAbs += w * absolute;
            sumSquared += w * (difference * difference);
            sumY += w * y[i];
            sumDiff += w * difference;
            sumPercentage += w * (absolute / Math.max(Math.abs(y[i]), EPS));
            max = Math.max(max, absolute);
        }
        double meanY = sumY / count;
        double meanDiff = sumDiff / count;
        double spreadY = 0;
        double spreadDiff = 0;
        for (int i = 0; i < n; i++) {
            int w = weights == null ? 1 : weights[i];
            double deviation = y[i] - meanY;
            double deviationDiff = y[i] - f[i] - meanDiff;
            spreadY += w * (deviation * deviation);
            spreadDiff += w * (deviationDiff * deviationDiff);
        }
        Map<String, Double> metrics = new TreeMap<>();
        double mse = sumSquared / count;
        metrics.put("mae", sumAbs / count);
        metrics.put("mse", mse);
        metrics.put("rmse", Math.sqrt(mse));
        metrics.put("mape", sumPercentage / count);
        metrics.put("max_error", max);
        metrics.put("r2", finiteRatio(sumSquared, spreadY));
        metrics.put("explained_variance", finiteRatio(spreadDiff / count, spreadY / count));
        if (MetricSuite.wants(wanted, "median_absolute_error")) {
            metrics.put("median_absolute_error", weights == null ? median() : weightedMedian(weights, count));
        }
        return metrics;
    }

    /** {@code 1 - numerator / denominator}, with scikit-learn's force_finite rule for a constant target. */
    private static double finiteRatio(final double numerator, final double denominator) {
        if (denominator == 0) {
            return numerator == 0 ? 1.0 : 0.0;
        }
        return 1 - numerator / denominator;
    }

    private double[] sortedErrors() {
        if (sortedErrors == null) {
            double[] errors = new double[p.rows];
            for (int i = 0; i < p.rows; i++) {
                errors[i] = Math.abs(p.predictedValue[i] - p.actualValue[i]);
            }
            Arrays.sort(errors);
            sortedErrors = errors;
        }
        return sortedErrors;
    }

    private double median() {
        double[] errors = sortedErrors();
        int n = errors.length;
        return n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
    }

    /** The median of the multiset in which row i occurs weights[i] times. */
    private double weightedMedian(final byte[] weights, final double count) {
        if (errorOrder == null) {
            long[] keys = new long[p.rows];
            int[] rows = new int[p.rows];
            for (int i = 0; i < p.rows; i++) {
                keys[i] = Double.doubleToRawLongBits(Math.abs(p.predictedValue[i] - p.actualValue[i]));
                rows[i] = i;
            }
            RadixSort.sort(keys, rows, p.rows);
            errorOrder = rows;
        }
        long total = (long) count;
        long lowRank = (total - 1) / 2;
        long highRank = total / 2;
        double low = Double.NaN;
        long seen = 0;
        for (int row : errorOrder) {
            seen += weights[row];
            double error = Math.abs(p.predictedValue[row] - p.actualValue[row]);
            if (Double.isNaN(low) && seen > lowRank) {
                low = error;
            }
            if (seen > highRank) {
                return (low + error) / 2;
            }
        }
        return low;
    }
}
