package io.modelci.demo;

import java.util.Arrays;

/** Ranking and probability metrics for a binary classifier's scores. */
public final class BinaryMetrics {
    private static final double EPSILON = 1e-15;

    private BinaryMetrics() {
    }

    /**
     * The area under the ROC curve: the probability that a random positive scores above a random negative, ties
     * counting half (the Mann-Whitney statistic). NaN when a class is absent. Sorts primitive copies of each
     * class's scores and merges them, so no boxing: O(n log n).
     */
    public static double auc(final double[] scores, final boolean[] positive) {
        int positives = 0;
        for (boolean p : positive) {
            if (p) {
                positives++;
            }
        }
        int negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double[] pos = new double[positives];
        double[] neg = new double[negatives];
        for (int i = 0, p = 0, n = 0; i < scores.length; i++) {
            if (positive[i]) {
                pos[p++] = scores[i];
            }
            else {
                neg[n++] = scores[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        double wins = 0;
        int below = 0;
        int atOrBelow = 0;
        for (double score : pos) {
            while (below < negatives && neg[below] < score) {
                below++;
            }
            atOrBelow = Math.max(atOrBelow, below);
            while (atOrBelow < negatives && neg[atOrBelow] <= score) {
                atOrBelow++;
            }
            wins += below + 0.5 * (atOrBelow - below);
        }
        return wins / ((double) positives * negatives);
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
