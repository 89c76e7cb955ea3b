package io.modelci.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The paired kernel: Poisson resamples, thread-count independence, predictions that are not a score threshold. */
class PairedBinaryKernelTest {
    private static final List<String> METRICS = List.of("accuracy", "f1", "roc_auc", "log_loss");

    private static PairedBinaryKernel kernel(final int rows, final boolean thresholded) {
        SplittableRandom random = new SplittableRandom(11);
        SplittableRandom coin = new SplittableRandom(12);
        byte[] positive = new byte[rows];
        double[] a = new double[rows];
        double[] b = new double[rows];
        byte[] predictedA = new byte[rows];
        byte[] predictedB = new byte[rows];
        for (int i = 0; i < rows; i++) {
            positive[i] = (byte) (random.nextInt(10) < 3 ? 1 : 0);
            // three decimals: many ties holding both classes
            a[i] = Math.round(Math.min(1, 0.4 * positive[i] + 0.6 * random.nextDouble()) * 1000) / 1000.0;
            b[i] = Math.round(Math.min(1, 0.2 * positive[i] + 0.8 * random.nextDouble()) * 1000) / 1000.0;
            predictedA[i] = (byte) (thresholded ? (a[i] >= 0.5 ? 1 : 0) : coin.nextInt(2));
            predictedB[i] = (byte) (thresholded ? (b[i] >= 0.5 ? 1 : 0) : coin.nextInt(2));
        }
        return new PairedBinaryKernel(positive, a, b, predictedA, predictedB);
    }

    @Test
    void shouldGiveTheSameDeltasOnAnyNumberOfThreadsWithPoissonWeights() {
        PairedBinaryKernel kernel = kernel(Resampling.POISSON_FROM_ROWS + 7, true);

        Map<String, double[]> one = kernel.bootstrapDeltas(METRICS, 12, 5, 1);
        Map<String, double[]> three = kernel.bootstrapDeltas(METRICS, 12, 5, 3);

        assertThat(one.keySet()).containsExactlyElementsOf(METRICS);
        for (String metric : METRICS) {
            assertThat(three.get(metric)).as(metric).containsExactly(one.get(metric));
            assertThat(one.get(metric)).as(metric).doesNotContain(Double.NaN);
        }
        // the resamples differ, and centre on the point delta
        double[] auc = one.get("roc_auc");
        double point = kernel.points()[0][6] - kernel.points()[1][6];
        assertThat(auc[0]).isNotEqualTo(auc[1]);
        assertThat(java.util.Arrays.stream(auc).average().orElseThrow()).isCloseTo(point, within(0.01));
    }

    @Test
    void shouldCountConfusionMatricesOfPredictionsThatAreNotAScoreThreshold() {
        PairedBinaryKernel thresholded = kernel(5000, true);
        PairedBinaryKernel free = kernel(5000, false);
        byte[] weights = new byte[5000];
        Resampling.draw(new SplittableRandom(2), weights);

        double[][] withAuc = free.both(weights, true, null);
        double[][] withoutAuc = free.both(weights, false, null);
        // thresholded predictions take the confusion counts from the walks' cut, the others from a class pass
        double[][] cut = thresholded.both(weights, true, null);
        double[][] counted = thresholded.both(weights, false, null);
        for (int m = 9; m <= 12; m++) {
            assertThat(cut[0][m]).isEqualTo(counted[0][m]);
            assertThat(cut[1][m]).isEqualTo(counted[1][m]);
        }

        // same rows, labels and scores: the AUCs agree whatever the predictions; log loss and Brier are NaN here
        assertThat(withAuc[0][6]).isEqualTo(thresholded.both(weights, true, null)[0][6]);
        for (int m = 0; m < withAuc[0].length; m++) {
            if (m < 6 || m > 8) {
                assertThat(withAuc[0][m]).isEqualTo(withoutAuc[0][m]);
                assertThat(withAuc[1][m]).isEqualTo(withoutAuc[1][m]);
            }
        }
        assertThat(withAuc[0][9] + withAuc[0][10] + withAuc[0][11] + withAuc[0][12]).isEqualTo(5000);
    }
}
