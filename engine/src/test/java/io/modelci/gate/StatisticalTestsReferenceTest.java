package io.modelci.gate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * McNemar and DeLong against values computed outside the project: {@code gate/reference/generate.py} (run with
 * Debian's Python) takes McNemar's exact p-values from statsmodels 0.13.5 ({@code mcnemar(table, exact=True)}),
 * mid-p values from scipy's binomial distribution, and DeLong's statistics from a naive O(m n) implementation of
 * DeLong et al. (1988) on numpy/scipy, whose AUCs it checks against scikit-learn's {@code roc_auc_score}.
 */
class StatisticalTestsReferenceTest {
    @Test
    void shouldMatchStatsmodelsMcNemarExactAndScipyMidP() {
        List<String[]> rows = csv("mcnemar.csv");
        assertThat(rows).hasSize(14);
        for (String[] row : rows) {
            long championOnly = Long.parseLong(row[0]);
            long challengerOnly = Long.parseLong(row[1]);
            McNemar.Result result = McNemar.of(challengerOnly, championOnly, 1000 + championOnly + challengerOnly);
            assertClose(result.pValue(), Double.parseDouble(row[2]), "exact p for b=" + row[0] + " c=" + row[1]);
            assertClose(result.midPValue(), Double.parseDouble(row[3]), "mid-p for b=" + row[0] + " c=" + row[1]);
        }
    }

    @Test
    void shouldCountDiscordantPairsFromCorrectnessVectors() {
        boolean[] challenger = {true, true, true, false, true, false};
        boolean[] champion = {true, false, false, false, false, true};

        McNemar.Result result = McNemar.test(challenger, champion);

        assertThat(result.challengerOnly()).isEqualTo(3);
        assertThat(result.championOnly()).isEqualTo(1);
        assertThat(result.delta()).isCloseTo(2.0 / 6, within(1e-15));
        assertThat(result.pValue()).isCloseTo(0.625, within(1e-15)); // 2 * P(X <= 1 | n = 4) = 2 * 5/16
    }

    @Test
    void shouldMatchTheNaiveDeLongReference() {
        List<String[]> expected = csv("delong.csv");
        assertThat(expected).hasSize(4);
        for (String[] row : expected) {
            List<String[]> data = csv("delong_" + row[0] + ".csv");
            boolean[] positive = new boolean[data.size()];
            double[] challenger = new double[data.size()];
            double[] champion = new double[data.size()];
            for (int i = 0; i < data.size(); i++) {
                positive[i] = data.get(i)[0].equals("1");
                challenger[i] = Double.parseDouble(data.get(i)[1]);
                champion[i] = Double.parseDouble(data.get(i)[2]);
            }

            DeLong.Result result = DeLong.test(challenger, champion, positive);

            assertClose(result.challengerAuc(), Double.parseDouble(row[1]), row[0] + " challenger AUC");
            assertClose(result.championAuc(), Double.parseDouble(row[2]), row[0] + " champion AUC");
            assertClose(result.variance(), Double.parseDouble(row[3]), row[0] + " variance");
            assertClose(result.z(), Double.parseDouble(row[4]), row[0] + " z");
            assertClose(result.pValue(), Double.parseDouble(row[5]), row[0] + " p-value");
        }
    }

    @Test
    void shouldGiveSymmetricDeLongForSwappedModels() {
        double[] a = {0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.4, 0.3, 0.2, 0.1};
        double[] b = {0.7, 0.9, 0.4, 0.65, 0.5, 0.6, 0.45, 0.1, 0.3, 0.2};
        boolean[] positive = {true, true, false, true, true, false, false, true, false, false};

        DeLong.Result forward = DeLong.test(a, b, positive);
        DeLong.Result backward = DeLong.test(b, a, positive);

        assertThat(backward.z()).isCloseTo(-forward.z(), within(1e-12));
        assertThat(backward.pValue()).isCloseTo(forward.pValue(), within(1e-12));
    }

    @Test
    void shouldComputeNormalTailsAndQuantiles() {
        // scipy.stats.norm.sf(1.959963984540054) = 0.025, norm.sf(5) = 2.866515718791939e-07
        assertClose(Normal.upperTail(1.959963984540054), 0.025, "sf(1.96)");
        assertClose(Normal.upperTail(5), 2.866515718791939e-07, "sf(5)");
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-12));
        assertThat(Normal.quantile(0.05)).isCloseTo(-1.6448536269514729, within(1e-12));
    }

    private static void assertClose(final double actual, final double expected, final String what) {
        double tolerance = Math.max(1e-9 * Math.abs(expected), 1e-14);
        assertThat(actual).as(what).isCloseTo(expected, within(tolerance));
    }

    private static List<String[]> csv(final String name) {
        try {
            Path file = Path.of(StatisticalTestsReferenceTest.class.getResource("/gate/reference/" + name).toURI());
            return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(",")).toList();
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        catch (URISyntaxException exception) {
            throw new IllegalStateException(exception);
        }
    }
}
