package io.modelci.demo;

import java.util.Arrays;

/** Ranking and probability metrics for a binary classifier's scores. */
public final class BinaryMetrics {
    private static final double EPSILON = 1e-15;

    private BinaryMetrics() {
    }

    /**
     * The area under the ROC curve: the probability that a random positive scores above a random negative, ties
     * counting half (the Mann-Whitney statistic, with average ranks for ties). NaN when a class is absent.
     */
    public static double auc(final double[] scores, final boolean[] positive) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Mean binary cross-entropy, with probabilities clipped away from 0 and 1. */
    public static double logLoss(final double[] probabilities, final boolean[] positive) {
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i]));
            sum -= positive[i] ? Math.log(p) : Math.log(1 - p);
        }
        return probabilities.length == 0 ? Double.NaN : sum / probabilities.length;
    }

    /** The share of rows whose thresholded score matches the label. */
    public static double accuracy(final double[] probabilities, final boolean[] positive, final double threshold) {
        int correct = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if ((probabilities[i] >= threshold) == positive[i]) {
                correct++;
            }
        }
        return probabilities.length == 0 ? Double.NaN : (double) correct / probabilities.length;
    }
}
