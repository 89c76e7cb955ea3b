package io.modelci.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A paired comparison can hold metrics measured outside the rows, such as a deployment's latency. */
class PairedRowsWithMetricsTest {
    private static final int ROWS = 2000;

    /** A challenger that sees the labels through less noise than the champion, with a region slice. */
    private static BinaryPairs betterChallenger() {
        Random random = new Random(5);
        byte[] labels = new byte[ROWS];
        double[] challenger = new double[ROWS];
        double[] champion = new double[ROWS];
        String[] region = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = (byte) (random.nextDouble() < 0.4 ? 1 : 0);
            double signal = random.nextGaussian() + 1.5 * labels[i];
            challenger[i] = 1 / (1 + Math.exp(-(signal + 0.3 * random.nextGaussian())));
            champion[i] = 1 / (1 + Math.exp(-(signal + 2.0 * random.nextGaussian())));
            region[i] = i % 2 == 0 ? "EU" : "US";
        }
        return new BinaryPairs(labels, challenger, champion, 0.5, Map.of("region", region), "sha-a", "sha-b");
    }

    private static Policy policy(final String checks) {
        return Policy.parse("checks:\n" + checks + "bootstrap: 200\nseed: 3\n", "policy.yaml");
    }

    private static CheckResult check(final Verdict verdict, final String metric) {
        return verdict.checks().stream().filter(c -> c.metric().equals(metric) && c.slice() == null).findFirst()
                .orElseThrow();
    }

    @Test
    void shouldHoldALatencyCeilingAndRegressionInAPairedComparison() {
        Policy policy = policy("  - metric: roc_auc\n    min_improvement: 0.0\n    significance: 0.05\n"
                + "  - metric: latency_p99_ms\n    max_value: 250\n    max_regression: 30\n");

        Verdict fast = Gate.compare(policy, PairedRowsWithMetrics.of(betterChallenger(),
                Map.of("latency_p99_ms", 120.0), Map.of("latency_p99_ms", 100.0)));
        Verdict slow = Gate.compare(policy, PairedRowsWithMetrics.of(betterChallenger(),
                Map.of("latency_p99_ms", 180.0), Map.of("latency_p99_ms", 100.0)));

        assertThat(fast.comparison()).isEqualTo(Comparison.PAIRED);
        assertThat(fast.decision()).isEqualTo(Decision.PROMOTE);
        CheckResult latency = check(fast, "latency_p99_ms");
        assertThat(latency.outcome()).isEqualTo(Outcome.PASS);
        assertThat(latency.challenger()).isEqualTo(120.0);
        assertThat(latency.champion()).isEqualTo(100.0);
        assertThat(check(fast, "roc_auc").test()).isEqualTo("bootstrap"); // the rows' own metric keeps its interval
        assertThat(slow.decision()).isEqualTo(Decision.REJECT);
        assertThat(check(slow, "latency_p99_ms").reason()).startsWith("latency_p99_ms got worse by 80.0000");
    }

    @Test
    void shouldRejectWhenTheLatencyIsMissingAsWithoutTheExtraMetrics() {
        Policy policy = policy("  - metric: latency_p99_ms\n    max_value: 250\n");

        Verdict without = Gate.compare(policy, betterChallenger());
        Verdict withChampionOnly = Gate.compare(policy, PairedRowsWithMetrics.of(betterChallenger(), Map.of(),
                Map.of("latency_p99_ms", 100.0)));

        assertThat(without.decision()).isEqualTo(Decision.REJECT);
        assertThat(check(without, "latency_p99_ms").reason())
                .isEqualTo("latency_p99_ms is missing from the challenger's metrics");
        assertThat(withChampionOnly.decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void shouldLetTheRowsWinOverAnExtraMetricOfTheSameName() {
        BinaryPairs rows = betterChallenger();
        PairedRows merged = PairedRowsWithMetrics.of(rows, Map.of("roc_auc", 0.1, "latency_p99_ms", 3.0),
                Map.of("roc_auc", 0.9));

        assertThat(merged.challengerMetrics().get("roc_auc")).isEqualTo(rows.challengerMetrics().get("roc_auc"));
        assertThat(merged.championMetrics().get("roc_auc")).isEqualTo(rows.championMetrics().get("roc_auc"));
        assertThat(merged.challengerMetrics()).containsEntry("latency_p99_ms", 3.0);
        assertThat(merged.slice("region", "EU").challengerMetrics()).doesNotContainKey("latency_p99_ms");
        assertThat(merged.bootstrapDeltas(List.of("roc_auc", "latency_p99_ms"), 20, 1)).containsOnlyKeys("roc_auc");
        assertThat(PairedRowsWithMetrics.of(rows, Map.of(), Map.of())).isSameAs(rows);
    }

    @Test
    void shouldAddMetricsToAMetricSetOnlyWhereItHasNone() {
        MetricSet evaluated = new MetricSet(900, Map.of("roc_auc", 0.81, "latency_p99_ms", 95.0),
                Map.of("region", Map.of("EU", MetricSet.of(Map.of("roc_auc", 0.8)))), "sha-a");

        MetricSet merged = evaluated.withExtra(Map.of("latency_p99_ms", 300.0, "error_rate", 0.01));

        assertThat(merged.metrics()).containsExactlyInAnyOrderEntriesOf(
                Map.of("roc_auc", 0.81, "latency_p99_ms", 95.0, "error_rate", 0.01));
        assertThat(merged.rows()).isEqualTo(900);
        assertThat(merged.slices()).isEqualTo(evaluated.slices());
        assertThat(merged.fingerprint()).isEqualTo("sha-a");
        assertThat(evaluated.withExtra(Map.of())).isSameAs(evaluated);
    }
}
