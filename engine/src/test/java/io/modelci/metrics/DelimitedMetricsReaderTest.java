package io.modelci.metrics;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.modelci.metrics.TestFiles.bad;
import static io.modelci.metrics.TestFiles.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DelimitedMetricsReaderTest {
    @Test
    void shouldReadACsvHistorySkippingEmptyCellsAndPreferringStepOverEpoch() {
        Metrics metrics = MetricFiles.read(good("history.csv"));

        assertThat(metrics.values()).containsOnlyKeys("train_loss", "val_loss", "val_acc");
        assertThat(metrics.history("train_loss")).containsExactly(MetricPoint.of(99, 0.90), MetricPoint.of(199, 0.50),
                MetricPoint.of(299, 0.31));
        assertThat(metrics.history("val_acc")).extracting(MetricPoint::step).containsExactly(100L, 200L, 300L);
        assertThat(metrics.values()).containsEntry("val_acc", 0.90).containsEntry("train_loss", 0.31);
    }

    @Test
    void shouldDetectTabs() {
        Metrics metrics = MetricFiles.read(good("history.tsv"));

        assertThat(metrics.history("loss")).containsExactly(MetricPoint.of(0, 1.5), MetricPoint.of(10, 0.9),
                MetricPoint.of(20, 0.6));
        assertThat(metrics.values()).containsEntry("lr", 0.01);
    }

    @Test
    void shouldDetectSemicolonsAndUseEpochAndIsoTimestamps() {
        Metrics metrics = MetricFiles.read(good("history-semicolon.csv"));

        assertThat(metrics.history("accuracy")).extracting(MetricPoint::step).containsExactly(1L, 2L, 3L);
        assertThat(metrics.history("loss").get(0).timestampMillis())
                .isEqualTo(Instant.parse("2026-01-31T12:00:00Z").toEpochMilli());
        assertThat(metrics.values()).containsOnlyKeys("loss", "accuracy");
    }

    @Test
    void shouldNameTheLineOfARaggedRow() {
        InputException error = catchThrowableOfType(InputException.class, () -> MetricFiles.read(bad("ragged.csv")));

        assertThat(error.getLine()).isEqualTo(3);
        assertThat(error.getMessage()).contains("ragged.csv:3: row has 2 fields, the header has 3");
    }

    @Test
    void shouldNameLineColumnAndMetricOfANonNumericCell() {
        InputException error = catchThrowableOfType(InputException.class,
                () -> MetricFiles.read(bad("not-a-number.csv")));

        assertThat(error.getLine()).isEqualTo(3);
        assertThat(error.getColumn()).isEqualTo(7);
        assertThat(error.getField()).contains("acc");
        assertThat(error.getMessage()).contains("expected a number, found 'high'");
    }

    @Test
    void shouldSayWhenATableIsEmptyOrHasNoRows() {
        assertThatThrownBy(() -> MetricFiles.read(bad("empty.csv")))
                .isInstanceOf(InputException.class).hasMessageContaining("file is empty");
        assertThatThrownBy(() -> MetricFiles.read(bad("header-only.csv")))
                .isInstanceOf(InputException.class).hasMessageContaining("no numeric metric found");
    }

    @Test
    void shouldAskForAStepColumn() {
        assertThatThrownBy(() -> MetricFiles.read(bad("no-step.csv")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no-step.csv:1:1: expected a 'step' or 'epoch' column")
                .hasMessageContaining("[loss, acc]");
    }

    @Test
    void shouldParseNumbersStrictly() {
        assertThat(DelimitedMetricsReader.parseNumber("1e-3")).isEqualTo(0.001);
        assertThat(DelimitedMetricsReader.parseNumber("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(DelimitedMetricsReader.parseNumber("nan")).isNaN();
        assertThat(DelimitedMetricsReader.parseNumber("1d")).isNull();
        assertThat(DelimitedMetricsReader.parseNumber("0x10")).isNull();
        assertThat(DelimitedMetricsReader.parseNumber("abc")).isNull();
    }

    @Test
    void shouldHonourQuotedFields(@org.junit.jupiter.api.io.TempDir final java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("quoted.csv"),
                "\"step\",\"val/acc\",\"loss\"\n1,\"0.5\",\"\"\n2, \"0.25\" ,\n");

        Metrics metrics = MetricFiles.read(file);

        assertThat(metrics.history("val/acc")).containsExactly(MetricPoint.of(1, 0.5), MetricPoint.of(2, 0.25));
        assertThat(metrics.values()).containsOnlyKeys("val/acc");
    }
}
