package io.modelci.report;

import io.modelci.InputException;
import io.modelci.eval.ConfusionMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportInputReaderTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadAnEvaluation() {
        EvaluationSummary eval = ReportInputReader.readEvaluation(Fixtures.file("evaluation.json"));
        assertThat(eval.task()).isEqualTo("binary");
        assertThat(eval.rows()).isEqualTo(20000);
        assertThat(eval.metric("roc_auc")).isEqualTo(0.9124);
        assertThat(eval.interval("roc_auc")).isEqualTo(new Interval(0.9081, 0.9166));
        assertThat(eval.interval("mcc").known()).isFalse();
        assertThat(eval.slices()).containsOnlyKeys("device", "region");
        assertThat(eval.slices().get("region").get("LATAM").metrics()).isEmpty();
        assertThat(eval.slices().get("region").get("LATAM").rows()).isEqualTo(20);
        assertThat(eval.slices().get("region").get("APAC").metric("f1")).isEqualTo(0.6904);
        assertThat(eval.warnings()).hasSize(1);
        assertThat(eval.roc().x()).hasSize(41);
        assertThat(eval.roc().area()).isEqualTo(0.9124);
        assertThat(eval.confusion()).hasValueSatisfying(m -> assertThat(m.count(1, 1)).isEqualTo(4346));
    }

    @Test
    void shouldReadAVerdict() {
        VerdictSummary verdict = ReportInputReader.readVerdict(Fixtures.file("verdict.json"));
        assertThat(verdict.decision()).isEqualTo("REJECT");
        assertThat(verdict.promotes()).isFalse();
        assertThat(verdict.checks()).extracting(CheckResult::metric)
                .containsExactly("roc_auc", "f1", "accuracy", "log_loss");
        CheckResult f1 = verdict.checks().get(1);
        assertThat(f1.passed()).isFalse();
        assertThat(f1.interval()).isEqualTo(new Interval(-0.0021, 0.0104));
        assertThat(f1.pValue()).isEqualTo(0.091);
        assertThat(verdict.checks().get(0).threshold()).isEqualTo(0.88);
        assertThat(verdict.checks().get(3).higherIsBetter()).isFalse();
        assertThat(verdict.checks().get(3).pValue()).isNaN();
        assertThat(verdict.passedCount()).isEqualTo(3);
    }

    @Test
    void shouldAcceptCamelCaseAndArrayIntervals() throws IOException {
        Path file = write("v.json", "{\"verdict\":\"promote_first\",\"paired\":false,\"checks\":[{\"metric\":\"f1\","
                + "\"challengerValue\":0.8,\"pValue\":\"0.5\",\"ci\":[0.1,0.2],\"status\":\"PASS\"}]}");
        VerdictSummary verdict = ReportInputReader.readVerdict(file);
        assertThat(verdict.decision()).isEqualTo("PROMOTE_FIRST");
        assertThat(verdict.promotes()).isTrue();
        assertThat(verdict.unpaired()).isTrue();
        CheckResult check = verdict.checks().get(0);
        assertThat(check.challenger()).isEqualTo(0.8);
        assertThat(check.champion()).isNaN();
        assertThat(check.pValue()).isEqualTo(0.5);
        assertThat(check.interval()).isEqualTo(new Interval(0.1, 0.2));
        assertThat(check.passed()).isTrue();
    }

    @Test
    void shouldReadTheGatesVerdictWithSliceChecksAndNonFiniteValues() {
        VerdictSummary verdict = ReportInputReader.readVerdict(Fixtures.file("gate-verdict.json"));
        assertThat(verdict.decision()).isEqualTo("REJECT");
        assertThat(verdict.unpaired()).isFalse();
        assertThat(verdict.checks()).extracting(CheckResult::label)
                .containsExactly("roc_auc", "roc_auc (region=APAC)", "log_loss");
        assertThat(verdict.checks().get(1).slice()).isEqualTo("region=APAC");
        assertThat(verdict.checks().get(2).challenger()).isNaN();
        assertThat(verdict.checks().get(2).higherIsBetter()).isFalse();
        assertThat(verdict.checks().get(2).interval().known()).isFalse();
        ReportInput input = new ReportInput("gate", ReportInputReader.readEvaluation(Fixtures.file("evaluation.json")),
                null, verdict, null, null, null);
        List<ComparisonRow> rows = ReportCharts.comparisonRows(input);
        assertThat(rows).extracting(ComparisonRow::metric).containsExactly("roc_auc", "roc_auc (region=APAC)",
                "log_loss");
        assertThat(rows.get(1).challengerLow()).as("no whole-data interval for a slice check").isNaN();
        assertThat(rows.get(2).challenger()).isNaN();
        String md = MarkdownReport.render(input, List.of(), c -> c.id());
        assertThat(md).contains("| ✗ | roc\\_auc \\(region=APAC\\) | 0.8712 | 0.8801 | -0.0089 |");
        org.jfree.chart.JFreeChart chart = ComparisonChart.create(null, rows);
        ChartAssertions.assertRenders(chart, "comparison-gate", 700, 320);
        org.jfree.chart.plot.XYPlot deltas = (org.jfree.chart.plot.XYPlot)
                ((org.jfree.chart.plot.CombinedRangeXYPlot) chart.getPlot()).getSubplots().get(1);
        assertThat(deltas.getAnnotations()).extracting(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText())
                .contains(" ✗ fail (no value)");
    }

    @Test
    void shouldFlattenLineage() {
        assertThat(ReportInputReader.readLineage(Fixtures.file("lineage.json")))
                .containsEntry("commit", "3f9a1c2")
                .containsEntry("data.fingerprint", "sha256:77ab01")
                .containsEntry("params.max_depth", "6")
                .containsEntry("gpus", "[\"A100-0\"]");
    }

    @Test
    void shouldNameFileLineAndFieldOfBadInput() throws IOException {
        Path broken = write("broken.json", "{\n  \"metrics\": {\"f1\": 0.5,}\n}");
        assertThatThrownBy(() -> ReportInputReader.readEvaluation(broken)).isInstanceOf(InputException.class)
                .hasMessageContaining("broken.json:2:");
        Path noMetrics = write("nometrics.json", "{\"task\":\"binary\"}");
        assertThatThrownBy(() -> ReportInputReader.readEvaluation(noMetrics))
                .hasMessageContaining("nometrics.json: 'metrics': missing");
        Path badNumber = write("bad.json", "{\"metrics\":{\"f1\":\"high\"}}");
        assertThatThrownBy(() -> ReportInputReader.readEvaluation(badNumber))
                .hasMessageContaining("'metrics.f1': expected a number, found \"high\"");
        Path noPassed = write("nopassed.json", "{\"decision\":\"REJECT\",\"checks\":[{\"metric\":\"f1\"}]}");
        assertThatThrownBy(() -> ReportInputReader.readVerdict(noPassed))
                .hasMessageContaining("'checks[0].passed': missing");
        Path array = write("array.json", "[1,2]");
        assertThatThrownBy(() -> ReportInputReader.readVerdict(array)).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> ReportInputReader.readVerdict(dir.resolve("absent.json")))
                .hasMessageContaining("no such file");
        Path empty = write("empty.json", "");
        assertThatThrownBy(() -> ReportInputReader.readEvaluation(empty)).isInstanceOf(InputException.class);
    }

    @Test
    void shouldReadAConfusionMatrixFromTheEvaluation() throws IOException {
        Path file = write("multi.json", "{\"task\":\"multiclass\",\"metrics\":{\"accuracy\":0.9},"
                + "\"confusion_matrix\":{\"labels\":[\"a\",\"b\"],\"counts\":[[5,1],[2,7]]}}");
        EvaluationSummary eval = ReportInputReader.readEvaluation(file);
        assertThat(eval.confusion()).hasValue(new ConfusionMatrix(List.of("a", "b"), new long[][] {{5, 1}, {2, 7}}));
        Path ragged = write("ragged.json", "{\"metrics\":{},"
                + "\"confusion_matrix\":{\"labels\":[\"a\",\"b\"],\"counts\":[[5,1],[2]]}}");
        assertThatThrownBy(() -> ReportInputReader.readEvaluation(ragged))
                .hasMessageContaining("'confusion_matrix': a confusion matrix over 2 labels needs 2x2 counts");
    }

    private Path write(final String name, final String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
