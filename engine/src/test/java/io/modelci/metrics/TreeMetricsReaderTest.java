package io.modelci.metrics;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;

import static io.modelci.metrics.TestFiles.bad;
import static io.modelci.metrics.TestFiles.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TreeMetricsReaderTest {
    @Test
    void shouldFlattenNestedJsonAndKeepStringsAndBooleansAsParams() {
        Metrics metrics = MetricFiles.read(good("nested.json"));

        assertThat(metrics.values()).containsOnlyKeys("train.loss", "train.accuracy", "val.loss", "val.accuracy",
                "val.auc", "loss_curve");
        assertThat(metrics.values()).containsEntry("train.loss", 0.21).containsEntry("val.auc", 0.97);
        assertThat(metrics.params()).containsExactly(
                org.assertj.core.api.Assertions.entry("model", "resnet18"),
                org.assertj.core.api.Assertions.entry("pretrained", "true"));
        assertThat(metrics.nonFinite()).isEmpty();
    }

    @Test
    void shouldTurnAListOfNumbersIntoAHistoryWithStepsFromZero() {
        Metrics metrics = MetricFiles.read(good("nested.json"));

        assertThat(metrics.history("loss_curve")).containsExactly(MetricPoint.of(0, 0.9), MetricPoint.of(1, 0.5),
                MetricPoint.of(2, 0.3), MetricPoint.of(3, 0.21));
        assertThat(metrics.value("loss_curve")).contains(0.21);
    }

    @Test
    void shouldKeepAndFlagNaNAndInfinityInJson() {
        Metrics metrics = MetricFiles.read(good("nan.json"));

        assertThat(metrics.value("loss")).hasValueSatisfying(value -> assertThat(value).isNaN());
        assertThat(metrics.value("grad_norm")).contains(Double.POSITIVE_INFINITY);
        assertThat(metrics.value("bias")).contains(Double.NEGATIVE_INFINITY);
        assertThat(metrics.nonFinite()).containsExactly("bias", "grad_norm", "loss");
        assertThat(metrics.hasNonFinite()).isTrue();
    }

    @Test
    void shouldReadYamlWithNanHistoryAndParams() {
        Metrics metrics = MetricFiles.read(good("metrics.yaml"));

        assertThat(metrics.values()).containsEntry("eval.f1", 0.88).containsEntry("eval.recall", 0.86);
        assertThat(metrics.value("eval.confusion_free")).hasValueSatisfying(value -> assertThat(value).isNaN());
        assertThat(metrics.nonFinite()).containsExactly("eval.confusion_free");
        assertThat(metrics.history("lr_schedule")).extracting(MetricPoint::value).containsExactly(0.1, 0.01, 0.001);
        assertThat(metrics.params()).containsEntry("optimizer", "adam");
    }

    @Test
    void shouldReadTomlTablesAsNestedKeys() {
        Metrics metrics = MetricFiles.read(good("metrics.toml"));

        assertThat(metrics.values()).containsEntry("test.accuracy", 0.95).containsEntry("test.loss", 0.12)
                .containsEntry("test.per_class.cat", 0.97).containsEntry("test.per_class.dog", 0.93)
                .containsEntry("test.perplexity", Double.POSITIVE_INFINITY);
        assertThat(metrics.nonFinite()).containsExactly("test.perplexity");
        assertThat(metrics.params()).containsEntry("optimizer", "sgd");
        assertThat(metrics.sourceOf("test.loss")).contains(good("metrics.toml").toString());
    }

    @Test
    void shouldNameLineAndColumnOfMalformedJson() {
        InputException error = catchThrowableOfType(InputException.class,
                () -> MetricFiles.read(bad("malformed.json")));

        assertThat(error.getSource()).contains(bad("malformed.json").toString());
        assertThat(error.getLine()).isEqualTo(4);
        assertThat(error.getColumn()).isEqualTo(3);
        assertThat(error.getMessage()).contains("malformed JSON").contains("expecting comma");
    }

    @Test
    void shouldNameLineAndColumnOfMalformedYaml() {
        InputException error = catchThrowableOfType(InputException.class,
                () -> MetricFiles.read(bad("malformed.yaml")));

        assertThat(error.getLine()).isEqualTo(3);
        assertThat(error.getColumn()).isPositive();
        assertThat(error.getMessage()).startsWith(bad("malformed.yaml") + ":3:").contains("malformed YAML");
    }

    @Test
    void shouldNameLineAndColumnOfMalformedToml() {
        InputException error = catchThrowableOfType(InputException.class,
                () -> MetricFiles.read(bad("malformed.toml")));

        assertThat(error.getLine()).isEqualTo(3);
        assertThat(error.getColumn()).isPositive();
        assertThat(error.getMessage()).contains("malformed TOML");
    }

    @Test
    void shouldSayWhenAFileIsEmpty() {
        assertThatThrownBy(() -> MetricFiles.read(bad("empty.json")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("empty.json: file is empty");
    }

    @Test
    void shouldSayWhenAFileHasNoNumericMetric() {
        assertThatThrownBy(() -> MetricFiles.read(bad("no-metrics.json")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no-metrics.json: no numeric metric found");
    }

    @Test
    void shouldRejectAnInvalidMetricNameNamingFileAndName() {
        InputException error = catchThrowableOfType(InputException.class,
                () -> MetricFiles.read(bad("bad-name.json")));

        assertThat(error.getField()).contains("val acc");
        assertThat(error.getMessage()).contains("bad-name.json:1:").contains("'val acc'").contains("contains ' '");
    }

    @Test
    void shouldRejectAKeyDefinedTwiceThroughFlattening(@org.junit.jupiter.api.io.TempDir final java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("twice.json");
        java.nio.file.Files.writeString(file, "{\"a.b\": 1,\n \"a\": {\"b\": 2}}");

        assertThatThrownBy(() -> MetricFiles.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("twice.json:2:").hasMessageContaining("'a.b'").hasMessageContaining("twice");
    }

    @Test
    void shouldReadAListOfRecordsAsHistoriesKeyedByStep(@org.junit.jupiter.api.io.TempDir final java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("log.json");
        java.nio.file.Files.writeString(file, "[{\"step\": 10, \"loss\": 0.5}, {\"step\": 20, \"loss\": 0.4, "
                + "\"acc\": 0.7}]");

        Metrics metrics = MetricFiles.read(file);

        assertThat(metrics.history("loss")).containsExactly(MetricPoint.of(10, 0.5), MetricPoint.of(20, 0.4));
        assertThat(metrics.history("acc")).containsExactly(MetricPoint.of(20, 0.7));
    }

    @Test
    void shouldReadJsonLinesAsOneRecordPerStep() {
        Metrics metrics = MetricFiles.read(good("history.jsonl"));

        assertThat(metrics.history("loss")).containsExactly(new MetricPoint(0, 0.9, 1764075600000L),
                MetricPoint.of(1, 0.6), MetricPoint.of(2, 0.4));
        assertThat(metrics.history("acc")).extracting(MetricPoint::step).containsExactly(1L, 2L);
        assertThat(metrics.values()).containsOnlyKeys("loss", "acc");
    }

    @Test
    void shouldNameTheLineOfABrokenJsonLine() {
        InputException error = catchThrowableOfType(InputException.class,
                () -> MetricFiles.read(bad("malformed.jsonl")));

        assertThat(error.getLine()).isEqualTo(3);
        assertThat(error.getMessage()).contains("malformed JSON Lines");
    }

    @Test
    void shouldAskForAnObjectWhenTheRootIsAListOfNumbers() {
        assertThatThrownBy(() -> MetricFiles.read(bad("root-list.json")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("root-list.json:1:1: expected an object of metrics");
    }
}
