package io.modelci.gate;

import io.modelci.InputException;
import io.modelci.eval.Predictions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The gate's fast binary kernel computes the very metrics of the evaluation engine that it resamples. */
class EvaluatedPairsTest {
    @Test
    void shouldAgreeWithTheEvaluationEngineOnEveryKernelMetric() {
        Random random = new Random(9);
        int rows = 3000;
        int[] labels = new int[rows];
        byte[] positive = new byte[rows];
        double[] a = new double[rows];
        double[] b = new double[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = random.nextDouble() < 0.35 ? 1 : 0;
            positive[i] = (byte) labels[i];
            // two decimals: many ties, and scores of exactly 0 and 1
            a[i] = Math.round(Math.min(1, Math.max(0, 0.3 * labels[i] + random.nextDouble() * 0.8)) * 100) / 100.0;
            b[i] = Math.round(random.nextDouble() * 100) / 100.0;
        }
        EvaluatedPairs engine = EvaluatedPairs.of(Predictions.binary(labels, a, 0.5), Predictions.binary(labels, b, 0.5));
        BinaryPairs kernel = new BinaryPairs(positive, a, b, 0.5, Map.of(), null, null);

        for (String metric : io.modelci.eval.PairedBinaryKernel.METRICS) {
            assertThat(kernel.challengerMetrics().get(metric)).as(metric)
                    .isCloseTo(engine.challengerMetrics().get(metric), within(1e-12));
            assertThat(kernel.championMetrics().get(metric)).as(metric)
                    .isCloseTo(engine.championMetrics().get(metric), within(1e-12));
        }
    }

    @Test
    void shouldResampleEngineOnlyMetricsThroughTheEngine() {
        int[] labels = {1, 0, 1, 0, 1, 0, 1, 0, 1, 1};
        double[] a = {0.9, 0.2, 0.8, 0.3, 0.7, 0.4, 0.6, 0.1, 0.55, 0.65};
        double[] b = {0.6, 0.4, 0.5, 0.6, 0.7, 0.3, 0.2, 0.1, 0.45, 0.35};
        EvaluatedPairs pairs = EvaluatedPairs.of(Predictions.binary(labels, a, 0.5), Predictions.binary(labels, b, 0.5));

        Map<String, double[]> deltas = pairs.bootstrapDeltas(List.of("average_precision", "roc_auc"), 50, 1);

        assertThat(deltas).containsOnlyKeys("average_precision", "roc_auc");
        assertThat(deltas.get("average_precision")).hasSize(50);
        assertThat(pairs.bootstrapDeltas(List.of("roc_auc"), 50, 1).get("roc_auc"))
                .containsExactly(deltas.get("roc_auc"));
    }

    @Test
    void shouldRefuseRowsThatDoNotMatch() {
        Predictions three = Predictions.binary(new int[] {1, 0, 1}, new double[] {0.9, 0.1, 0.8}, 0.5);
        Predictions two = Predictions.binary(new int[] {1, 0}, new double[] {0.9, 0.1}, 0.5);

        assertThatThrownBy(() -> EvaluatedPairs.of(three, two)).isInstanceOf(InputException.class)
                .hasMessageContaining("3 rows and the champion 2");
    }
}
