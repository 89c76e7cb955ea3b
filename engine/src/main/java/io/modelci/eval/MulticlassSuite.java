package io.modelci.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Multiclass metrics from the confusion matrix (averaged over the classes seen in the labels or predictions, as
 * scikit-learn does), plus log_loss and macro one-vs-rest roc_auc_ovr when probability columns were read.
 */
final class MulticlassSuite implements MetricSuite {
    private final Predictions p;
    private final int k;
    private double[] logLossTerms;
    private int[][] orders;
    private int[][] mixed;
    private byte[][] oneVsRest;

    MulticlassSuite(final Predictions predictions) {
        this.p = predictions;
        this.k = predictions.classes.size();
    }

    /** The weighted confusion matrix, {@code [actual][predicted]} over all classes. */
    long[][] confusion(final byte[] weights) {
        long[][] matrix = new long[k][k];
        int[] actual = p.actualClass;
        int[] predicted = p.predictedClass;
        for (int i = 0; i < p.rows; i++) {
            matrix[actual[i]][predicted[i]] += weights == null ? 1 : weights[i];
        }
        return matrix;
    }

    @Override
    public Map<String, Double> compute(final byte[] weights, final Set<String> wanted, final List<String> warnings) {
        Map<String, Double> metrics = new TreeMap<>();
        long[][] matrix = confusion(weights);
        double[] trueSum = new double[k];
        double[] predictedSum = new double[k];
        double correct = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                trueSum[a] += matrix[a][b];
                predictedSum[b] += matrix[a][b];
            }
            correct += matrix[a][a];
        }
        double n = 0;
        for (double t : trueSum) {
            n += t;
        }
        double precisionMacro = 0;
        double recallMacro = 0;
        double f1Macro = 0;
        double precisionWeighted = 0;
        double recallWeighted = 0;
        double f1Weighted = 0;
        double recallOfPresent = 0;
        int seen = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            if (trueSum[c] == 0 && predictedSum[c] == 0) {
                continue;
            }
            seen++;
            double precision = MetricSuite.divide(matrix[c][c], predictedSum[c]);
            double recall = MetricSuite.divide(matrix[c][c], trueSum[c]);
            double f1 = MetricSuite.f1(precision, recall);
            precisionMacro += precision;
            recallMacro += recall;
            f1Macro += f1;
            precisionWeighted += precision * trueSum[c];
            recallWeighted += recall * trueSum[c];
            f1Weighted += f1 * trueSum[c];
            if (trueSum[c] > 0) {
                present++;
                recallOfPresent += recall;
            }
        }
        double accuracy = correct / n;
        metrics.put("accuracy", accuracy);
        metrics.put("balanced_accuracy", recallOfPresent / present);
        metrics.put("precision_macro", precisionMacro / seen);
        metrics.put("recall_macro", recallMacro / seen);
        metrics.put("f1_macro", f1Macro / seen);
        metrics.put("precision_weighted", precisionWeighted / n);
        metrics.put("recall_weighted", recallWeighted / n);
        metrics.put("f1_weighted", f1Weighted / n);
        metrics.put("f1_micro", MetricSuite.f1(accuracy, accuracy));
        metrics.put("mcc", mcc(trueSum, predictedSum, correct, n));
        double kappa = kappa(matrix, trueSum, predictedSum, n);
        if (Double.isNaN(kappa)) {
            warn(warnings, "cohen_kappa is undefined: every row has the same label and the same prediction");
        }
        else {
            metrics.put("cohen_kappa", kappa);
        }
        if (p.proba != null) {
            if (MetricSuite.wants(wanted, "log_loss")) {
                metrics.put("log_loss", BinarySuite.weightedMean(logLossTerms(), weights));
            }
            if (MetricSuite.wants(wanted, "roc_auc_ovr")) {
                rocAucOvr(weights, metrics, warnings, trueSum);
            }
        }
        return metrics;
    }

    private static double mcc(final double[] trueSum, final double[] predictedSum, final double correct,
            final double n) {
        double dotTruePredicted = 0;
        double dotPredicted = 0;
        double dotTrue = 0;
        for (int c = 0; c < trueSum.length; c++) {
            dotTruePredicted += trueSum[c] * predictedSum[c];
            dotPredicted += predictedSum[c] * predictedSum[c];
            dotTrue += trueSum[c] * trueSum[c];
        }
        double covTruePredicted = correct * n - dotTruePredicted;
        double covPredicted = n * n - dotPredicted;
        double covTrue = n * n - dotTrue;
        if (covPredicted * covTrue == 0) {
            return 0.0;
        }
        return covTruePredicted / Math.sqrt(covTrue * covPredicted);
    }

    /** Cohen's kappa as scikit-learn computes it; NaN when chance agreement is total. */
    private static double kappa(final long[][] matrix, final double[] trueSum, final double[] predictedSum,
            final double n) {
        double observed = 0;
        double expected = 0;
        for (int a = 0; a < matrix.length; a++) {
            for (int b = 0; b < matrix.length; b++) {
                if (a != b) {
                    observed += matrix[a][b];
                    expected += predictedSum[a] * trueSum[b] / n;
                }
            }
        }
        return expected == 0 ? Double.NaN : 1 - observed / expected;
    }

    private double[] logLossTerms() {
        if (logLossTerms == null) {
            double[] terms = new double[p.rows];
            for (int i = 0; i < p.rows; i++) {
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    sum += clip(p.proba[c][i]);
                }
                terms[i] = -Math.log(clip(p.proba[p.actualClass[i]][i]) / sum);
            }
            logLossTerms = terms;
        }
        return logLossTerms;
    }

    private static double clip(final double probability) {
        return Math.min(Math.max(probability, EPS), 1 - EPS);
    }

    private void rocAucOvr(final byte[] weights, final Map<String, Double> metrics, final List<String> warnings,
            final double[] trueSum) {
        for (int c = 0; c < k; c++) {
            if (trueSum[c] == 0 || trueSum[c] == sum(trueSum)) {
                warn(warnings, "roc_auc_ovr is undefined: class '" + p.classes.get(c)
                        + (trueSum[c] == 0 ? "' never occurs" : "' is the only one") + " in the labels");
                return;
            }
        }
        double total = 0;
        for (int c = 0; c < k; c++) {
            double auc = weights == null ? Ranking.unweighted(oneVsRest(c), p.proba[c], p.rows)[0]
                    : Ranking.weightedAuc(order(c), mixed(c), weights);
            total += auc;
        }
        metrics.put("roc_auc_ovr", total / k);
    }

    private static double sum(final double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private byte[] oneVsRest(final int c) {
        if (oneVsRest == null) {
            oneVsRest = new byte[k][];
        }
        if (oneVsRest[c] == null) {
            byte[] labels = new byte[p.rows];
            for (int i = 0; i < p.rows; i++) {
                labels[i] = (byte) (p.actualClass[i] == c ? 1 : 0);
            }
            oneVsRest[c] = labels;
        }
        return oneVsRest[c];
    }

    private int[] mixed(final int c) {
        if (mixed == null) {
            mixed = new int[k][];
        }
        if (mixed[c] == null) {
            mixed[c] = Ranking.mixedGroups(order(c));
        }
        return mixed[c];
    }

    private int[] order(final int c) {
        if (orders == null) {
            orders = new int[k][];
        }
        if (orders[c] == null) {
            orders[c] = Ranking.order(oneVsRest(c), p.proba[c], p.rows);
        }
        return orders[c];
    }

    private static void warn(final List<String> warnings, final String message) {
        if (warnings != null) {
            warnings.add(message);
        }
    }
}
