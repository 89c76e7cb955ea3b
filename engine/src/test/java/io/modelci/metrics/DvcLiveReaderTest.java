package io.modelci.metrics;

import org.junit.jupiter.api.Test;

import static io.modelci.metrics.TestFiles.good;
import static org.assertj.core.api.Assertions.assertThat;

class DvcLiveReaderTest {
    @Test
    void shouldReadSummaryHistoriesAndParamsOfADvcLiveDirectory() {
        Metrics metrics = MetricFiles.read(good("run/dvclive"));

        assertThat(metrics.values()).containsOnlyKeys("train/loss", "eval/acc");
        assertThat(metrics.values()).containsEntry("train/loss", 0.3).containsEntry("eval/acc", 0.88);
        assertThat(metrics.history("train/loss")).containsExactly(
                new MetricPoint(0, 0.9, 1764075600000L),
                new MetricPoint(1, 0.5, 1764075660000L),
                new MetricPoint(2, 0.3, 1764075720000L));
        assertThat(metrics.params()).containsOnly(org.assertj.core.api.Assertions.entry("lr", "0.001"),
                org.assertj.core.api.Assertions.entry("optimizer.name", "adam"),
                org.assertj.core.api.Assertions.entry("optimizer.beta1", "0.9"));
    }

    @Test
    void shouldFindTheDvcLiveDirectoryInsideARunDirectory() {
        assertThat(MetricFiles.formatOf(good("run"))).isEqualTo(MetricFiles.Format.DVCLIVE);
        assertThat(MetricFiles.read(good("run"))).isEqualTo(MetricFiles.read(good("run/dvclive")));
    }

    @Test
    void shouldNameTheTableAndLineOfABadValueAndRecordNothing() {
        io.modelci.InputException error = org.assertj.core.api.Assertions.catchThrowableOfType(
                io.modelci.InputException.class, () -> MetricFiles.read(TestFiles.bad("dvclive-bad")));

        assertThat(error.getSource()).hasValueSatisfying(source -> assertThat(source).endsWith("loss.tsv"));
        assertThat(error.getLine()).isEqualTo(3);
        assertThat(error.getField()).contains("train/loss");
        assertThat(error.getMessage()).contains("expected a number, found 'oops'");
    }
}
