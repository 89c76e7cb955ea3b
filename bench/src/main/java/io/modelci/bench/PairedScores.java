package io.modelci.bench;

import io.modelci.eval.Predictions;

import java.util.Random;

/**
 * The paired benchmarks' data: one set of binary labels scored by a sharper challenger and a noisier champion,
 * drawn from a fixed seed so that every benchmark and every run sees the same rows.
 *
 * @param challenger the sharper model's predictions
 * @param champion the noisier model's predictions on the same rows
 */
record PairedScores(Predictions challenger, Predictions champion) {
    static PairedScores draw(final int rows) {
        Random random = new Random(20261125);
        int[] labels = new int[rows];
        double[] sharp = new double[rows];
        double[] noisy = new double[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = random.nextDouble() < 0.3 ? 1 : 0;
            double signal = random.nextGaussian() + 1.2 * labels[i];
            // six decimals, as scoring scripts write them: many tied scores, as in real files
            sharp[i] = Math.round(1e6 / (1 + Math.exp(-(signal + 0.8 * random.nextGaussian())))) / 1e6;
            noisy[i] = Math.round(1e6 / (1 + Math.exp(-(signal + 1.0 * random.nextGaussian())))) / 1e6;
        }
        return new PairedScores(Predictions.binary(labels, sharp, 0.5), Predictions.binary(labels, noisy, 0.5));
    }
}
