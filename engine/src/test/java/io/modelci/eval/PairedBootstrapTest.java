package io.modelci.eval;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PairedBootstrapTest {
    private static final int ROWS = 4000;

    /** Labels, and scores whose separation grows with {@code skill}. */
    private static Predictions model(final int[] labels, final double skill, final long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] scores = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            double noise = random.nextDouble();
            scores[i] = Math.min(1, Math.max(0, (1 - skill) * noise + skill * labels[i]));
        }
        return Predictions.binary(labels, scores, 0.5);
    }

    private static int[] labels() {
        SplittableRandom random = new SplittableRandom(7);
        int[] labels = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = random.nextInt(3) == 0 ? 1 : 0;
        }
        return labels;
    }

    @Test
    void shouldFindABetterChallengerBetter() {
        int[] labels = labels();
        Map<String, DeltaInterval> deltas = PairedBootstrap.deltas(model(labels, 0.4, 1), model(labels, 0.1, 2),
                List.of("accuracy", "f1", "roc_auc"), 300, 11, 0.95);

        assertThat(deltas).containsOnlyKeys("accuracy", "f1", "roc_auc");
        DeltaInterval auc = deltas.get("roc_auc");
        assertThat(auc.delta()).isEqualTo(auc.challenger() - auc.champion());
        assertThat(auc.isAboveZero()).isTrue();
        assertThat(auc.low()).isLessThan(auc.delta()).isPositive();
        assertThat(auc.high()).isGreaterThan(auc.delta());
        assertThat(auc.shareAboveZero()).isEqualTo(1.0);
        assertThat(auc.resamples()).isEqualTo(300);
    }

    @Test
    void shouldHandOutTheRawDeltasBehindTheIntervals() {
        int[] labels = labels();
        Predictions a = model(labels, 0.3, 1);
        Predictions b = model(labels, 0.2, 2);

        Map<String, double[]> raw = PairedBootstrap.resampledDeltas(a, b, List.of("roc_auc", "f1", "nonsense"), 120,
                9, 2);
        DeltaInterval interval = PairedBootstrap.deltas(a, b, List.of("roc_auc", "f1"), 120, 9, 0.9, 1)
                .get("roc_auc");

        assertThat(raw).containsOnlyKeys("roc_auc", "f1");
        assertThat(raw.get("roc_auc")).hasSize(120);
        assertThat(Resampling.percentile(raw.get("roc_auc"), 0.9)).isEqualTo(new Interval(interval.low(),
                interval.high()));
    }

    @Test
    void shouldGiveAZeroWidthIntervalForIdenticalModels() {
        int[] labels = labels();
        Predictions model = model(labels, 0.3, 1);
        DeltaInterval delta = PairedBootstrap.deltas(model, model, List.of("roc_auc"), 50, 1, 0.9).get("roc_auc");

        assertThat(delta.low()).isZero();
        assertThat(delta.high()).isZero();
    }

    @Test
    void shouldBeReproducibleForASeedWhateverTheThreads() {
        int[] labels = labels();
        Predictions a = model(labels, 0.3, 1);
        Predictions b = model(labels, 0.25, 2);
        List<String> metrics = List.of("accuracy", "roc_auc", "log_loss");

        Map<String, DeltaInterval> one = PairedBootstrap.deltas(a, b, metrics, 200, 5, 0.95, 1);
        Map<String, DeltaInterval> two = PairedBootstrap.deltas(a, b, metrics, 200, 5, 0.95, 2);
        Map<String, DeltaInterval> otherSeed = PairedBootstrap.deltas(a, b, metrics, 200, 6, 0.95, 2);

        assertThat(two).isEqualTo(one);
        assertThat(otherSeed.get("roc_auc").low()).isNotEqualTo(one.get("roc_auc").low());
    }

    @Test
    void shouldWeightRowsExactlyAsMaterialisedResamples() {
        int[] labels = labels();
        Predictions model = model(labels, 0.2, 3);
        byte[] weights = new byte[ROWS];
        Resampling.draw(new SplittableRandom(9), weights);
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int[] indices = new int[total];
        for (int i = 0, k = 0; i < ROWS; i++) {
            for (int r = 0; r < weights[i]; r++) {
                indices[k++] = i;
            }
        }
        Map<String, Double> weighted = MetricSuite.of(model).compute(weights, null, null);
        Map<String, Double> materialised = MetricSuite.of(model.subset(indices)).compute(null, null, null);

        assertThat(weighted.keySet()).isEqualTo(materialised.keySet());
        weighted.forEach((name, value) -> assertThat(value).as(name).isCloseTo(materialised.get(name), within(1e-12)));
    }

    /** Two-decimal scores: many tie groups holding both classes, and scores of exactly 0 and 1. */
    private static Predictions tied(final int[] labels, final double skill, final long seed) {
        return rounded(labels, skill, seed, 100);
    }

    /** Scores rounded to multiples of 1 / {@code scale}. */
    private static Predictions rounded(final int[] labels, final double skill, final long seed, final double scale) {
        Predictions model = model(labels, skill, seed);
        double[] scores = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            scores[i] = Math.round(model.score[i] * scale) / scale;
        }
        return Predictions.binary(labels, scores, 0.5);
    }

    @Test
    void shouldGiveTheSameMetricsInThePairedKernelAsOnTheGeneralPath() {
        int[] labels = labels();
        // two decimals: big tie groups; four: mostly groups of two or three rows, each corrected its own way
        for (int variant = 0; variant < 4; variant++) {
            boolean poisson = variant % 2 == 1;
            double scale = variant < 2 ? 100 : 10_000;
            Predictions x = rounded(labels, 0.3, 1, scale);
            Predictions y = rounded(labels, 0.1, 2, scale);
            PairedBinaryKernel kernel = new PairedBinaryKernel(x.actual, x.score, y.score, x.predicted, y.predicted);
            byte[] weights = new byte[ROWS];
            if (poisson) {
                PoissonWeights.fill(new SplittableRandom(4), weights);
            }
            else {
                Resampling.draw(new SplittableRandom(4), weights);
            }
            // the kernel's weights are by position in its layout; the general path's by row
            int[] layout = kernel.layout();
            byte[] byRow = new byte[ROWS];
            for (int p = 0; p < ROWS; p++) {
                byRow[layout[p]] = weights[p];
            }
            Map<String, Double> generalA = MetricSuite.of(x).compute(byRow, null, null);
            Map<String, Double> generalB = MetricSuite.of(y).compute(byRow, null, null);
            double[][] both = kernel.both(weights, true, null);
            int[] all = PairedBinaryKernel.indices(PairedBinaryKernel.METRICS);
            double[] deltas = new double[all.length];
            kernel.deltas(weights, all, deltas);

            for (int m = 0; m < all.length; m++) {
                String name = PairedBinaryKernel.METRICS.get(m);
                double expected = generalA.get(name) - generalB.get(name);
                // log loss and Brier deltas are sums of per-row float differences
                double tolerance = name.equals("log_loss") || name.equals("brier_score") ? 1e-6 : 1e-12;
                assertThat(deltas[m]).as(name).isCloseTo(expected, within(tolerance));
                if (!name.equals("log_loss") && !name.equals("brier_score")) {
                    assertThat(both[0][m]).as(name).isCloseTo(generalA.get(name), within(1e-12));
                    assertThat(both[1][m]).as(name).isCloseTo(generalB.get(name), within(1e-12));
                }
            }
        }
    }

    @Test
    void shouldGiveTheKernelsPointMetricsOfTheEngine() {
        int[] labels = labels();
        Predictions x = tied(labels, 0.3, 1);
        Predictions y = tied(labels, 0.1, 2);
        PairedBinaryKernel kernel = new PairedBinaryKernel(x.actual, x.score, y.score, x.predicted, y.predicted);
        Map<String, Double> engine = MetricSuite.of(y).compute(null, null, null);

        kernel.pointMetrics(false).forEach((name, value) -> assertThat(value).as(name)
                .isCloseTo(engine.get(name), within(1e-12)));
        assertThat(kernel.pointMetrics(false)).containsOnlyKeys(PairedBinaryKernel.METRICS);
    }

    @Test
    void shouldAlignRowsByIdAndRejectMismatches() {
        Predictions a = Predictions.binary(new int[] {1, 0, 1}, new double[] {0.9, 0.2, 0.6}, 0.5)
                .withIds(new String[] {"x", "y", "z"});
        Predictions b = Predictions.binary(new int[] {0, 1, 1}, new double[] {0.3, 0.8, 0.4}, 0.5)
                .withIds(new String[] {"y", "z", "x"});

        Predictions[] aligned = RowAlignment.align(a, b);

        assertThat(aligned[1].score).containsExactly(0.4, 0.3, 0.8);
        Predictions c = Predictions.binary(new int[] {1, 0}, new double[] {0.9, 0.2}, 0.5);
        assertThatThrownBy(() -> RowAlignment.align(a, c)).isInstanceOf(InputException.class)
                .hasMessageContaining("3 rows");
        Predictions d = b.withIds(new String[] {"y", "z", "w"});
        assertThatThrownBy(() -> RowAlignment.align(a, d)).isInstanceOf(InputException.class)
                .hasMessageContaining("'x'");
        Predictions e = Predictions.binary(new int[] {0, 0, 1}, new double[] {0.9, 0.2, 0.6}, 0.5);
        assertThatThrownBy(() -> PairedBootstrap.deltas(a, e, List.of("f1"), 10, 1, 0.95))
                .isInstanceOf(InputException.class).hasMessageContaining("disagree");
        assertThatThrownBy(() -> PairedBootstrap.deltas(a, a, List.of("r2"), 10, 1, 0.95))
                .isInstanceOf(InputException.class).hasMessageContaining("not a binary metric");
    }
}
