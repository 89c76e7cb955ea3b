package io.modelci.gate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class GateTest {
    private static final int ROWS = 4000;

    /** Labels with a signal; the challenger sees it through less noise than the champion when better. */
    private static BinaryPairs pairs(final double challengerNoise, final double championNoise, final long seed) {
        Random random = new Random(seed);
        byte[] labels = new byte[ROWS];
        double[] challenger = new double[ROWS];
        double[] champion = new double[ROWS];
        String[] region = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = (byte) (random.nextDouble() < 0.4 ? 1 : 0);
            double signal = random.nextGaussian() + 1.5 * labels[i];
            challenger[i] = sigmoid(signal + challengerNoise * random.nextGaussian());
            champion[i] = sigmoid(signal + championNoise * random.nextGaussian());
            region[i] = i % 2 == 0 ? "EU" : "US";
        }
        return new BinaryPairs(labels, challenger, champion, 0.5, Map.of("region", region), "sha-a", "sha-b");
    }

    private static double sigmoid(final double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static Policy policy(final String yaml) {
        return Policy.parse(yaml + "bootstrap: 400\nseed: 3\n", "policy.yaml");
    }

    @Test
    void shouldPromoteAClearImprovement() {
        Policy policy = policy("checks:\n  - metric: roc_auc\n    min_improvement: 0.005\n    significance: 0.05\n"
                + "  - metric: accuracy\n    max_regression: 0.0\n");

        Verdict verdict = Gate.compare(policy, pairs(0.3, 2.0, 1));

        assertThat(verdict.decision()).isEqualTo(Decision.PROMOTE);
        CheckResult auc = verdict.checks().get(0);
        assertThat(auc.outcome()).isEqualTo(Outcome.PASS);
        assertThat(auc.delta()).isGreaterThan(0.05);
        assertThat(auc.intervalLow()).isGreaterThan(0.005).isLessThan(auc.delta());
        assertThat(auc.intervalHigh()).isGreaterThan(auc.delta());
        assertThat(auc.confidence()).isEqualTo(0.9);
        assertThat(auc.test()).isEqualTo("bootstrap");
        assertThat(auc.reason()).startsWith("roc_auc improved by ").contains("(90% CI ")
                .endsWith("needs 0.0050: the lower bound clears it");
        assertThat(verdict.challengerFingerprint()).isEqualTo("sha-a");
        assertThat(verdict.championFingerprint()).isEqualTo("sha-b");
        assertThat(verdict.policyHash()).isEqualTo(policy.hash());
    }

    @Test
    void shouldRejectATinyImprovementWhenSignificanceIsAskedButPromoteItOnThePoint() {
        BinaryPairs nearlyEqual = pairs(1.00, 1.03, 4);
        double delta = nearlyEqual.challengerMetrics().get("roc_auc") - nearlyEqual.championMetrics().get("roc_auc");
        assertThat(delta).isBetween(0.0, 0.01);

        Verdict withSignificance = Gate.compare(policy("checks:\n  - metric: roc_auc\n    min_improvement: 0.0\n"
                + "    significance: 0.05\n"), nearlyEqual);
        Verdict onThePoint = Gate.compare(policy("checks:\n  - metric: roc_auc\n    min_improvement: 0.0\n"),
                nearlyEqual);

        assertThat(withSignificance.decision()).isEqualTo(Decision.REJECT);
        assertThat(withSignificance.checks().get(0).reason())
                .endsWith("needs 0.0000: the lower bound is below — not proven");
        assertThat(onThePoint.decision()).isEqualTo(Decision.PROMOTE);
    }

    @Test
    void shouldRejectAGuardrailRegression() {
        Verdict verdict = Gate.compare(policy("checks:\n  - metric: log_loss\n    max_regression: 0.01\n"),
                pairs(2.0, 0.3, 3));

        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.checks().get(0).reason()).startsWith("log_loss got worse by ")
                .endsWith("allowed to get worse by 0.0100");
        assertThat(verdict.reason()).isEqualTo("1 of 1 checks failed: log_loss");
    }

    @Test
    void shouldRejectAMissingMetric() {
        Verdict verdict = Gate.compare(policy("checks:\n  - metric: accuracy\n    min_value: 0.5\n"
                + "  - metric: latency_p99\n    max_value: 20\n"), pairs(0.3, 2.0, 4));

        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.checks().get(1).reason()).isEqualTo("latency_p99 is missing from the challenger's metrics");
    }

    @Test
    void shouldRejectNaNOnEitherSide() {
        Policy policy = policy("checks:\n  - metric: f1\n    min_improvement: 0\n");
        MetricSet good = MetricSet.of(Map.of("f1", 0.8));
        MetricSet nan = MetricSet.of(Map.of("f1", Double.NaN));

        Verdict nanChallenger = Gate.compareUnpaired(policy, nan, good);
        Verdict nanChampion = Gate.compareUnpaired(policy, good, nan);

        assertThat(nanChallenger.decision()).isEqualTo(Decision.REJECT);
        assertThat(nanChallenger.checks().get(0).reason()).isEqualTo("f1 of the challenger is NaN, "
                + "not a number that can pass");
        assertThat(nanChampion.decision()).isEqualTo(Decision.REJECT);
        assertThat(nanChampion.checks().get(0).reason()).isEqualTo("f1 of the champion is NaN: cannot compare");
    }

    @Test
    void shouldRejectWhenOneSliceIsWorse() {
        Random random = new Random(5);
        byte[] labels = new byte[ROWS];
        double[] challenger = new double[ROWS];
        double[] champion = new double[ROWS];
        String[] region = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = (byte) (random.nextDouble() < 0.4 ? 1 : 0);
            double signal = random.nextGaussian() + 1.5 * labels[i];
            boolean europe = i % 4 == 0;
            region[i] = europe ? "EU" : "US";
            challenger[i] = sigmoid(signal + (europe ? 2.5 : 0.2) * random.nextGaussian());
            champion[i] = sigmoid(signal + 1.0 * random.nextGaussian());
        }
        BinaryPairs pairs = new BinaryPairs(labels, challenger, champion, 0.5, Map.of("region", region), null, null);

        Verdict verdict = Gate.compare(policy("checks:\n  - metric: roc_auc\n    min_improvement: 0.0\n"
                + "    slices: [region]\n"), pairs);

        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.checks()).extracting(CheckResult::label)
                .containsExactly("roc_auc", "roc_auc [region=EU]", "roc_auc [region=US]");
        assertThat(verdict.checks()).extracting(CheckResult::outcome)
                .containsExactly(Outcome.PASS, Outcome.FAIL, Outcome.PASS);
        assertThat(verdict.checks().get(1).rows()).isEqualTo(ROWS / 4);
    }

    @Test
    void shouldSkipSlicesBelowTheMinimumSize() {
        Verdict verdict = Gate.compare(policy("min_slice_size: 100000\nchecks:\n  - metric: accuracy\n"
                + "    max_regression: 1\n    slices: [region]\n"), pairs(0.3, 2.0, 6));

        assertThat(verdict.decision()).isEqualTo(Decision.PROMOTE);
        assertThat(verdict.checks().get(1).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(verdict.checks().get(1).reason()).contains("fewer than min_slice_size 100000");
    }

    @Test
    void shouldGiveByteIdenticalJsonForTheSameSeed() {
        Policy policy = policy("checks:\n  - metric: roc_auc\n    min_improvement: 0.0\n    significance: 0.05\n"
                + "  - metric: log_loss\n    max_regression: 0.02\n  - metric: f1\n    min_improvement: -0.01\n");

        String first = Gate.compare(policy, pairs(0.9, 1.0, 7)).toJson();
        String second = Gate.compare(policy, pairs(0.9, 1.0, 7)).toJson();
        String otherSeed = Gate.compare(policy.withSeed(99), pairs(0.9, 1.0, 7)).toJson();

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(Verdict.fromJson(first).toJson()).isEqualTo(first);
        Verdict read = Verdict.fromJson(first);
        Verdict computed = Gate.compare(policy, pairs(0.9, 1.0, 7));
        assertThat(read.checks()).extracting(CheckResult::reason)
                .isEqualTo(computed.checks().stream().map(CheckResult::reason).toList());
        assertThat(read.checks().get(0).intervalLow()).isCloseTo(computed.checks().get(0).intervalLow(),
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void shouldUseMcNemarForAccuracyAndDeLongForAuc() {
        BinaryPairs pairs = pairs(0.3, 2.0, 8);
        Verdict verdict = Gate.compare(policy("checks:\n  - metric: accuracy\n    test: mcnemar\n"
                + "    significance: 0.05\n  - metric: roc_auc\n    test: delong\n    significance: 0.05\n"
                + "  - metric: f1\n    test: mcnemar\n    min_improvement: 0\n"), pairs);

        assertThat(verdict.decision()).isEqualTo(Decision.PROMOTE);
        assertThat(verdict.checks()).extracting(CheckResult::test).containsExactly("mcnemar", "delong", "bootstrap");
        assertThat(verdict.checks().get(0).pValue()).isEqualTo(pairs.mcnemar().pValue());
        assertThat(verdict.checks().get(1).pValue()).isEqualTo(pairs.delong().pValue());
        assertThat(verdict.bootstrap()).isEqualTo(400);
    }

    @Test
    void shouldMarkEveryCheckUnpairedWhenOnlySummaryMetricsExist() {
        Policy policy = policy("checks:\n  - metric: roc_auc\n    min_improvement: 0.005\n"
                + "  - metric: log_loss\n    max_regression: 0.01\n");
        MetricSet challenger = MetricSet.of(Map.of("roc_auc", 0.85, "log_loss", 0.40));
        MetricSet champion = MetricSet.of(Map.of("roc_auc", 0.84, "log_loss", 0.405));

        Verdict verdict = Gate.compareUnpaired(policy, challenger, champion);

        assertThat(verdict.decision()).isEqualTo(Decision.PROMOTE);
        assertThat(verdict.unpaired()).isTrue();
        assertThat(verdict.reason()).contains("unpaired");
        assertThat(verdict.checks()).allSatisfy(check -> {
            assertThat(check.comparison()).isEqualTo(Comparison.UNPAIRED);
            assertThat(check.intervalLow()).isNull();
        });
        assertThat(verdict.toJson()).contains("\"unpaired\" : true");
    }

    @Test
    void shouldNotProveSignificanceWithoutPairs() {
        Verdict verdict = Gate.compareUnpaired(policy("checks:\n  - metric: roc_auc\n    significance: 0.05\n"),
                MetricSet.of(Map.of("roc_auc", 0.9)), MetricSet.of(Map.of("roc_auc", 0.8)));

        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.checks().get(0).reason()).contains("significance needs paired predictions");
    }

    @Test
    void shouldPromoteTheFirstModelOnlyWhenItsValueChecksHold() {
        Policy policy = policy("checks:\n  - metric: roc_auc\n    min_improvement: 0.005\n    min_value: 0.8\n");

        Verdict good = Gate.first(policy, MetricSet.of(Map.of("roc_auc", 0.85)));
        Verdict weak = Gate.first(policy, MetricSet.of(Map.of("roc_auc", 0.75)));
        Verdict refused = Gate.first(policy.withNoChampion(NoChampionRule.REJECT),
                MetricSet.of(Map.of("roc_auc", 0.85)));

        assertThat(good.decision()).isEqualTo(Decision.PROMOTE_FIRST);
        assertThat(weak.decision()).isEqualTo(Decision.REJECT);
        assertThat(weak.checks().get(0).reason()).isEqualTo("roc_auc is 0.7500, below the floor 0.8000");
        assertThat(refused.decision()).isEqualTo(Decision.REJECT);
        assertThat(refused.reason()).contains("no_champion: reject");
    }

    @Test
    void shouldCompareSlicesOfSummaryMetrics() {
        Policy policy = policy("checks:\n  - metric: f1\n    max_regression: 0.01\n    slices: [device]\n");
        MetricSet challenger = new MetricSet(1000, Map.of("f1", 0.8), Map.of("device", Map.of(
                "ios", new MetricSet(500, Map.of("f1", 0.82), Map.of(), null),
                "android", new MetricSet(500, Map.of("f1", 0.70), Map.of(), null))), "a");
        MetricSet champion = new MetricSet(1000, Map.of("f1", 0.79), Map.of("device", Map.of(
                "ios", new MetricSet(500, Map.of("f1", 0.80), Map.of(), null),
                "android", new MetricSet(500, Map.of("f1", 0.75), Map.of(), null))), "b");

        Verdict verdict = Gate.compareUnpaired(policy, challenger, champion);

        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.reason()).isEqualTo("1 of 3 checks failed: f1 [device=android]");
    }

    @Test
    void shouldMatchTheBootstrapPointMetricsWithDirectComputation() {
        byte[] labels = {1, 0, 1, 1, 0, 0, 1, 0};
        double[] a = {0.9, 0.1, 0.8, 0.4, 0.4, 0.6, 0.7, 0.2};
        double[] b = {0.6, 0.3, 0.6, 0.6, 0.6, 0.2, 0.3, 0.5};
        BinaryPairs pairs = new BinaryPairs(labels, a, b, 0.5, Map.of(), null, null);

        Map<String, Double> challenger = pairs.challengerMetrics();

        // the positive at 0.4 ties a negative (half credit) and is below the negative at 0.6: 14.5 of 16 pairs;
        // accuracy 6/8 (the positive at 0.4 and the negative at 0.6 are wrong)
        assertThat(challenger.get("roc_auc")).isEqualTo(14.5 / 16);
        assertThat(challenger.get("accuracy")).isEqualTo(0.75);
        assertThat(pairs.championMetrics().get("roc_auc")).isEqualTo(8.0 / 16 + 4.0 / 16 * 0.5 + 2.0 / 16);
        assertThat(pairs.bootstrapDeltas(List.of("roc_auc", "unknown"), 10, 1)).containsOnlyKeys("roc_auc");
    }

    @Test
    void shouldNotProveSignificanceWhenDeLongHasTooFewRowsOfAClass() {
        byte[] labels = {1, 0, 0, 0, 0, 0};
        double[] a = {0.9, 0.1, 0.2, 0.3, 0.4, 0.5};
        double[] b = {0.6, 0.1, 0.2, 0.3, 0.4, 0.7};
        BinaryPairs pairs = new BinaryPairs(labels, a, b, 0.5, Map.of(), null, null);

        Verdict verdict = Gate.compare(policy("checks:\n  - metric: roc_auc\n    test: delong\n"
                + "    significance: 0.05\n"), pairs);

        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.checks().get(0).reason()).endsWith("no interval of the delta could be computed on these "
                + "rows — not proven");
    }

    @Test
    void shouldJudgeRelativeImprovementAgainstAZeroChampion() {
        Policy policy = policy("checks:\n  - metric: mcc\n    min_relative_improvement: 0.1\n");

        Verdict gain = Gate.compareUnpaired(policy, MetricSet.of(Map.of("mcc", 0.2)), MetricSet.of(Map.of("mcc", 0.0)));
        Verdict loss = Gate.compareUnpaired(policy, MetricSet.of(Map.of("mcc", -0.1)),
                MetricSet.of(Map.of("mcc", 0.0)));
        Verdict small = Gate.compareUnpaired(policy, MetricSet.of(Map.of("mcc", 0.42)),
                MetricSet.of(Map.of("mcc", 0.40)));

        assertThat(gain.decision()).isEqualTo(Decision.PROMOTE);
        assertThat(gain.checks().get(0).reason()).contains("champion is 0");
        assertThat(loss.decision()).isEqualTo(Decision.REJECT);
        assertThat(loss.checks().get(0).reason()).contains("the champion is 0 so the relative change is unbounded");
        assertThat(small.decision()).isEqualTo(Decision.REJECT);
        assertThat(small.checks().get(0).reason()).contains("a relative change of 5% of |champion|, needs 10%");
    }
}
