package io.modelci.metrics;

import io.modelci.InputException;
import io.modelci.check.CheckReports;
import io.modelci.check.GoldenReport;
import io.modelci.check.MetricsFile;
import io.modelci.check.VerificationResult;
import io.modelci.eval.ConfusionMatrix;
import io.modelci.eval.EvaluationJson;
import io.modelci.eval.EvaluationResult;
import io.modelci.eval.Interval;
import io.modelci.eval.SliceResult;
import io.modelci.eval.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.modelci.metrics.TestFiles.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Model CI's own metrics documents, as its tools write them, read back through {@link MetricFiles}. */
class ModelCiDocumentTest {
    @TempDir
    private Path dir;

    private Path write(final String name, final String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void shouldReadTheMetricsCommandsJsonBackAsTheSameMetrics() throws IOException {
        Metrics original = MetricFiles.read(good("run/dvclive"), good("nan.json"), good("history.csv"));

        Metrics copy = MetricFiles.read(write("metrics-out.json", MetricsJson.write(original)));

        assertThat(copy).isEqualTo(original);
        assertThat(copy.nonFinite()).isEqualTo(original.nonFinite()).isNotEmpty();
        assertThat(copy.history("train/loss").get(0).timestampMillis()).isEqualTo(1764075600000L);
        assertThat(MetricsJson.write(copy)).isEqualTo(MetricsJson.write(original));
    }

    @Test
    void shouldReadACheckOutputWithPlainNames() {
        Path out = dir.resolve("checks/load.json");
        MetricsFile.write(out, Map.of("latency_p99_ms", 12.5, "error_rate", 0.0, "throughput_rps", 200.0));

        Metrics metrics = MetricFiles.read(out);

        assertThat(metrics.values()).containsExactly(Map.entry("error_rate", 0.0),
                Map.entry("latency_p99_ms", 12.5), Map.entry("throughput_rps", 200.0));
    }

    @Test
    void shouldSkipTheChecksReportFieldsBesideTheirMetrics() throws IOException {
        GoldenReport golden = new GoldenReport("http://localhost:8080/predict", 100, 2, 0, List.of());
        Path report = write("golden-report.json", CheckReports.toText(CheckReports.goldenJson(golden)));
        Path verification = write("verification.json",
                CheckReports.toText(new VerificationResult(golden, null, null).toJson()));

        Metrics fromReport = MetricFiles.read(report);
        Metrics fromVerification = MetricFiles.read(verification);

        assertThat(fromReport.values()).isEqualTo(golden.metrics()).containsKey("golden_mismatches");
        assertThat(fromVerification.values()).isEqualTo(golden.metrics());
        assertThat(fromReport.params()).isEmpty();
    }

    @Test
    void shouldReadAnEvaluationWithItsMetricsOnly() throws IOException {
        EvaluationResult result = new EvaluationResult(Task.MULTICLASS, 1000, Map.of("accuracy", 0.91, "macro_f1", 0.8),
                Map.of("accuracy", new Interval(0.89, 0.93)),
                Map.of("region", Map.of("eu", new SliceResult(600, false, Map.of("accuracy", 0.9)))),
                List.of("roc_auc is undefined"), new ConfusionMatrix(List.of("a", "b"), new long[][] {{5, 1}, {2, 7}}),
                "abc123");
        Path file = write("eval.json", EvaluationJson.write(result, true));

        Metrics metrics = MetricFiles.read(file);

        assertThat(metrics.values()).containsExactly(Map.entry("accuracy", 0.91), Map.entry("macro_f1", 0.8));
        assertThat(metrics.params()).isEmpty();
    }

    @Test
    void shouldReadTheTrainersHistoryListsWithTheirEpochs() throws IOException {
        Path file = write("metrics.json", """
                {"metrics": {"holdout_auc": 0.83},
                 "history": {"epoch": [1, 2, 3], "loss": [0.9, 0.6, 0.5], "val_auc": [0.7, 0.75, NaN]},
                 "params": {"epochs": 3, "optimizer": {"name": "sgd"}, "features": ["a", "b"]}}
                """);

        Metrics metrics = MetricFiles.read(file);

        assertThat(metrics.values()).containsOnlyKeys("holdout_auc", "loss", "val_auc");
        assertThat(metrics.history("loss")).containsExactly(MetricPoint.of(1, 0.9), MetricPoint.of(2, 0.6),
                MetricPoint.of(3, 0.5));
        assertThat(metrics.nonFinite()).containsExactly("val_auc");
        assertThat(metrics.params()).containsEntry("epochs", "3").containsEntry("optimizer.name", "sgd")
                .containsEntry("features", "[\"a\",\"b\"]");
    }

    @Test
    void shouldReadPlainListsAndPointsUnderHistories() throws IOException {
        Path file = write("doc.yaml", """
                metrics:
                  acc: 0.9
                histories:
                  lr: [0.1, 0.05]
                  loss:
                    - {step: 10, value: 0.5, timestamp: 1764075600000}
                    - {step: 20, value: .nan}
                """);

        Metrics metrics = MetricFiles.read(file);

        assertThat(metrics.history("lr")).containsExactly(MetricPoint.of(0, 0.1), MetricPoint.of(1, 0.05));
        assertThat(metrics.history("loss").get(0)).isEqualTo(new MetricPoint(10, 0.5, 1764075600000L));
        assertThat(metrics.history("loss").get(1).step()).isEqualTo(20);
        assertThat(metrics.nonFinite()).containsExactly("loss");
    }

    @Test
    void shouldRejectADvcStyleFileWithOtherMetricsBesideAMetricsObject() throws IOException {
        Path file = write("dvc.json", """
                {"metrics": {"acc": 0.9},
                 "train": {"loss": 0.2}}
                """);

        assertThatThrownBy(() -> MetricFiles.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("dvc.json:2:2: 'train': unknown top-level key in a Model CI metrics document")
                .hasMessageContaining("move what it holds under 'metrics'")
                .hasMessageContaining("rename the top-level 'metrics' key");
    }

    @Test
    void shouldStillFlattenAMetricsKeyThatIsNotAnObject() throws IOException {
        Path file = write("flat.json", "{\"metrics\": 0.5, \"train\": {\"loss\": 0.2}}");

        assertThat(MetricFiles.read(file).values()).containsOnlyKeys("metrics", "train.loss");
    }

    @Test
    void shouldRejectAStringAmongTheMetrics() throws IOException {
        Path file = write("string.json", "{\"metrics\": {\"acc\": 0.9,\n \"model\": \"resnet\"}}");

        assertThatThrownBy(() -> MetricFiles.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("string.json:2:2: 'model': expected a number")
                .hasMessageContaining("other values under 'params'");
    }

    @Test
    void shouldRejectAHistoryWhoseLengthDiffersFromItsEpochs() throws IOException {
        Path file = write("ragged.json", "{\"metrics\": {}, \"history\": {\"epoch\": [1, 2], \"loss\": [0.9]}}");

        assertThatThrownBy(() -> MetricFiles.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("'loss': has 1 values but 'history.epoch' has 2 steps");
    }

    @Test
    void shouldRejectAMetricDefinedTwice() throws IOException {
        Path file = write("twice.json", "{\"metrics\": {\"a\": {\"b\": 1}, \"a.b\": 2}}");

        assertThatThrownBy(() -> MetricFiles.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("'a.b': metric defined twice in this file");
    }
}
