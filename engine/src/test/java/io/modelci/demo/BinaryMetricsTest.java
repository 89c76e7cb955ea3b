package io.modelci.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BinaryMetricsTest {
    @Test
    void shouldComputeAucWithTiesCountingHalf() {
        double[] scores = {0.1, 0.4, 0.35, 0.8, 0.4};
        boolean[] positive = {false, false, true, true, true};

        // Pairs (positive > negative): 0.35>0.1, 0.8>both, 0.4>0.1 and tie with 0.4: 1 + 2 + 1.5 = 4.5 of 6.
        assertThat(BinaryMetrics.auc(scores, positive)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void shouldAgreeWithCountingEveryPairOnRandomScoresWithTies() {
        java.util.Random random = new java.util.Random(3);
        double[] scores = new double[500];
        boolean[] positive = new boolean[500];
        for (int i = 0; i < scores.length; i++) {
            positive[i] = random.nextDouble() < 0.2;
            scores[i] = random.nextInt(40) + (positive[i] ? 8 : 0);
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (positive[i] && !positive[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        assertThat(BinaryMetrics.auc(scores, positive)).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void shouldGiveNanAucWithOneClassOnly() {
        assertThat(BinaryMetrics.auc(new double[] {0.2, 0.3}, new boolean[] {true, true})).isNaN();
    }

    @Test
    void shouldComputeLogLossAndAccuracy() {
        double[] p = {0.9, 0.2};
        boolean[] y = {true, false};

        assertThat(BinaryMetrics.logLoss(p, y)).isCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, within(1e-12));
        assertThat(BinaryMetrics.accuracy(p, y, 0.5)).isEqualTo(1.0);
    }
}
