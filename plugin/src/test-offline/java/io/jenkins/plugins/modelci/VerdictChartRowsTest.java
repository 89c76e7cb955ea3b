package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.report.ChartImages;
import io.modelci.report.CheckOutcome;
import io.modelci.report.ComparisonChart;
import io.modelci.report.ComparisonRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build page's champion-vs-challenger chart, from a verdict the gate really gave. */
class VerdictChartRowsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path ws;

    private static String predictions(double skill, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("label,score\n");
        for (int i = 0; i < 400; i++) {
            int label = i % 2;
            double score = Math.max(0, Math.min(1, skill * label + (1 - skill) * random.nextDouble()));
            csv.append(label).append(',').append(String.format(Locale.ROOT, "%.4f", score)).append('\n');
        }
        return csv.toString();
    }

    @Test
    void shouldDrawThePairedVerdictsChecksWithTheirOutcomesAndIntervals() throws Exception {
        Files.writeString(ws.resolve("challenger.csv"), predictions(0.3, 3));
        Files.writeString(ws.resolve("champion.csv"), predictions(0.8, 4));
        String champion = "{\"model\":\"churn\",\"version\":3,\"artifacts\":[],\"metrics\":{},\"evaluations\":{}}";
        JsonNode verdict = MAPPER.readTree(EngineBridge.decide(ws.toFile(), null,
                "{\"checks\":[{\"metric\":\"roc_auc\",\"max_regression\":0.0},{\"metric\":\"accuracy\",\"min_value\":0}]}",
                "{}", champion, "challenger.csv", "champion.csv", null, "binary"));

        List<ComparisonRow> rows = VerdictChartRows.of(verdict);

        assertThat(rows).extracting(ComparisonRow::metric).containsExactly("roc_auc", "accuracy");
        ComparisonRow auc = rows.get(0);
        assertThat(auc.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(auc.challenger()).isLessThan(auc.champion());
        assertThat(auc.delta()).isCloseTo(auc.challenger() - auc.champion(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(auc.deltaLow()).isLessThanOrEqualTo(auc.delta()); // the paired bootstrap's interval
        assertThat(auc.deltaHigh()).isGreaterThanOrEqualTo(auc.delta());
        byte[] png = ChartImages.png(ComparisonChart.create("churn v4 vs champion (v3)", rows), 800, 360);
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
    }

    @Test
    void shouldLabelSlicesAndLeaveUnknownValuesUndrawn() throws Exception {
        JsonNode verdict = MAPPER.readTree("{\"checks\":[{\"metric\":\"roc_auc\",\"slice\":\"region=eu\","
                + "\"challenger\":0.8,\"champion\":null,\"delta\":null,\"interval\":null,\"passed\":true},"
                + "{\"metric\":\"log_loss\",\"challenger\":\"NaN\",\"champion\":0.4,\"passed\":false}]}");

        List<ComparisonRow> rows = VerdictChartRows.of(verdict);

        assertThat(rows.get(0).metric()).isEqualTo("roc_auc (region=eu)");
        assertThat(rows.get(0).champion()).isNaN();
        assertThat(rows.get(0).outcome()).isEqualTo(CheckOutcome.PASSED);
        assertThat(rows.get(1).challenger()).isNaN();
        assertThat(rows.get(1).outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(VerdictChartRows.of(MAPPER.readTree("{\"verdict\":\"PROMOTE_FIRST\"}"))).isEmpty();
    }
}
