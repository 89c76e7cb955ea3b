package io.modelci.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Binary metrics: accuracy, balanced_accuracy, precision, recall, f1, mcc and the confusion counts from the
 * predicted classes; roc_auc, average_precision, log_loss and brier_score from the scores.
 */
final class BinarySuite implements MetricSuite {
    private final Predictions p;
    private int[] order;
    private int[] mixed;
    /** How many rows lead the order as predicted positives, or -1 when predictions are not a score cut-off. */
    private int cut = -2;
    private double[] logLossTerms;

    BinarySuite(final Predictions predictions) {
        this.p = predictions;
    }

    @Override
    public Map<String, Double> compute(final byte[] weights, final Set<String> wanted, final List<String> warnings) {
        Map<String, Double> metrics = new TreeMap<>();
        boolean ranking = MetricSuite.wants(wanted, "roc_auc") || MetricSuite.wants(wanted, "average_precision");
        long[] confusion;
        double[] aucAndAp = null;
        if (weights != null && ranking && !MetricSuite.wants(wanted, "average_precision") && cut() >= 0) {
            // resampling: the pass over the score order also yields the confusion counts
            double[] fused = Ranking.aucAndConfusion(order(), mixed(), weights, cut());
            confusion = new long[] {(long) fused[4], (long) fused[2], (long) fused[3], (long) fused[1]};
            aucAndAp = new double[] {fused[0], Double.NaN};
        }
        else {
            confusion = confusion(weights);
        }
        long tn = confusion[0];
        long fp = confusion[1];
        long fn = confusion[2];
        long tp = confusion[3];
        putConfusionMetrics(metrics, tp, fp, tn, fn);
        if (ranking) {
            if (aucAndAp == null) {
                aucAndAp = weights == null ? Ranking.unweighted(p.actual, p.score, p.rows)
                        : MetricSuite.wants(wanted, "average_precision") ? Ranking.weighted(order(), weights, true)
                        : new double[] {Ranking.weightedAuc(order(), mixed(), weights), Double.NaN};
            }
            putOrWarn(metrics, warnings, "roc_auc", aucAndAp[0],
                    "roc_auc is undefined: only one class is present in the labels");
            if (MetricSuite.wants(wanted, "average_precision")) {
                putOrWarn(metrics, warnings, "average_precision", aucAndAp[1], "average_precision is undefined: "
                        + "no positive ('" + p.positiveLabel + "') label is present");
            }
        }
        if (MetricSuite.wants(wanted, "log_loss")) {
            metrics.put("log_loss", weights == null ? Parallel.sum(p.rows, this::logLossSum) / p.rows
                    : weightedMean(logLossTerms(), weights));
        }
        if (MetricSuite.wants(wanted, "brier_score")) {
            metrics.put("brier_score", brier(weights));
        }
        return metrics;
    }

    /** The metrics that follow from the confusion counts. */
    static void putConfusionMetrics(final Map<String, Double> metrics, final long tp, final long fp, final long tn,
            final long fn) {
        double total = tn + fp + fn + tp;
        metrics.put("tp", (double) tp);
        metrics.put("fp", (double) fp);
        metrics.put("tn", (double) tn);
        metrics.put("fn", (double) fn);
        metrics.put("accuracy", (tp + tn) / total);
        double precision = MetricSuite.divide(tp, tp + fp);
        double recall = MetricSuite.divide(tp, tp + fn);
        metrics.put("precision", precision);
        metrics.put("recall", recall);
        metrics.put("f1", MetricSuite.f1(precision, recall));
        metrics.put("balanced_accuracy", balancedAccuracy(tp, fp, tn, fn));
        metrics.put("mcc", mcc(tp, fp, tn, fn));
    }

    /** The metrics both suites compute in one paired pass, or null when the pair needs the general path. */
    static Map<String, Double>[] pairedFast(final BinarySuite a, final BinarySuite b, final Set<String> wanted,
            final byte[] weights) {
        for (String name : wanted) {
            if (name.equals("average_precision") || name.equals("log_loss") || name.equals("brier_score")) {
                return null;
            }
        }
        if (a.cut() < 0 || b.cut() < 0) {
            return null;
        }
        double[][] both = Ranking.pairedAucAndConfusion(a.order(), a.mixed(), a.cut(), b.order(), b.mixed(),
                b.cut(), weights);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Double>[] metrics = new Map[2];
        for (int m = 0; m < 2; m++) {
            double[] r = both[m];
            metrics[m] = new TreeMap<>();
            putConfusionMetrics(metrics[m], (long) r[1], (long) r[2], (long) r[4], (long) r[3]);
            if (!Double.isNaN(r[0])) {
                metrics[m].put("roc_auc", r[0]);
            }
        }
        return metrics;
    }

    private static void putOrWarn(final Map<String, Double> metrics, final List<String> warnings, final String name,
            final double value, final String why) {
        if (Double.isNaN(value)) {
            if (warnings != null) {
                warnings.add(why);
            }
        }
        else {
            metrics.put(name, value);
        }
    }

    /** {@code [tn, fp, fn, tp]}. */
    private long[] confusion(final byte[] weights) {
        long[] counts = new long[4];
        byte[] actual = p.actual;
        byte[] predicted = p.predicted;
        int n = p.rows;
        if (weights == null) {
            for (int i = 0; i < n; i++) {
                counts[actual[i] << 1 | predicted[i]]++;
            }
        }
        else {
            for (int i = 0; i < n; i++) {
                counts[actual[i] << 1 | predicted[i]] += weights[i];
            }
        }
        return counts;
    }

    /** The mean recall over the classes present in the labels, as scikit-learn's balanced_accuracy_score. */
    private static double balancedAccuracy(final long tp, final long fp, final long tn, final long fn) {
        boolean positives = tp + fn > 0;
        boolean negatives = tn + fp > 0;
        if (positives && negatives) {
            return ((double) tp / (tp + fn) + (double) tn / (tn + fp)) / 2;
        }
        return positives ? (double) tp / (tp + fn) : (double) tn / (tn + fp);
    }

    /** Matthews correlation in scikit-learn's covariance form (0 when a marginal is empty). */
    static double mcc(final long tp, final long fp, final long tn, final long fn) {
        double n = tp + fp + tn + fn;
        double trueNegatives = tn + fp;
        double truePositives = fn + tp;
        double predictedNegatives = tn + fn;
        double predictedPositives = fp + tp;
        double correct = tp + tn;
        double covTruePredicted = correct * n
                - (trueNegatives * predictedNegatives + truePositives * predictedPositives);
        double covPredicted = n * n - (predictedNegatives * predictedNegatives + predictedPositives * predictedPositives);
        double covTrue = n * n - (trueNegatives * trueNegatives + truePositives * truePositives);
        if (covPredicted * covTrue == 0) {
            return 0.0;
        }
        return covTruePredicted / Math.sqrt(covTrue * covPredicted);
    }

    private int cut() {
        if (cut == -2) {
            int[] rows = order();
            int k = 0;
            while (k < rows.length && p.predicted[rows[k] & (Ranking.MAX_ROWS - 1)] == 1) {
                k++;
            }
            boolean topSegment = k == 0 || rows[k - 1] < 0;
            for (int j = k; j < rows.length && topSegment; j++) {
                topSegment = p.predicted[rows[j] & (Ranking.MAX_ROWS - 1)] == 0;
            }
            cut = topSegment ? k : -1;
        }
        return cut;
    }

    private int[] mixed() {
        if (mixed == null) {
            mixed = Ranking.mixedGroups(order());
        }
        return mixed;
    }

    private int[] order() {
        if (order == null) {
            order = Ranking.order(p.actual, p.score, p.rows);
        }
        return order;
    }

    /** Per-row log loss as scikit-learn computes it: clip, build [1-p, p], renormalise, negative log. */
    private double logLoss(final int i) {
        double prob = Math.min(Math.max(p.score[i], EPS), 1 - EPS);
        double complement = 1 - prob;
        double sum = complement + prob;
        return -Math.log((p.actual[i] != 0 ? prob : complement) / sum);
    }

    private double logLossSum(final int from, final int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += logLoss(i);
        }
        return sum;
    }

    /** Kept for resampling, where every resample reuses them. */
    private double[] logLossTerms() {
        if (logLossTerms == null) {
            double[] terms = new double[p.rows];
            for (int i = 0; i < p.rows; i++) {
                terms[i] = logLoss(i);
            }
            logLossTerms = terms;
        }
        return logLossTerms;
    }

    private double brier(final byte[] weights) {
        double sum = 0;
        long count = 0;
        for (int i = 0; i < p.rows; i++) {
            double difference = p.actual[i] - p.score[i];
            int w = weights == null ? 1 : weights[i];
            sum += w * (difference * difference);
            count += w;
        }
        return sum / count;
    }

    static double weightedMean(final double[] values, final byte[] weights) {
        double sum = 0;
        long count = 0;
        if (weights == null) {
            for (double v : values) {
                sum += v;
            }
            return sum / values.length;
        }
        for (int i = 0; i < values.length; i++) {
            sum += weights[i] * values[i];
            count += weights[i];
        }
        return sum / count;
    }
}
