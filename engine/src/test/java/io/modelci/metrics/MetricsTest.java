package io.modelci.metrics;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricsTest {
    @Test
    void shouldTakeTheLatestPointAsValueWhenOnlyAHistoryIsGiven() {
        Metrics metrics = Metrics.builder("a.csv").point("loss", 0, 0.9).point("loss", 1, 0.4).build();

        assertThat(metrics.value("loss")).contains(0.4);
        assertThat(metrics.history("loss")).hasSize(2);
    }

    @Test
    void shouldFlagANaNThatOnlyAppearsInTheHistory() {
        Metrics metrics = Metrics.builder(null).point("loss", 0, Double.NaN).point("loss", 1, 0.4)
                .value("acc", 0.5).build();

        assertThat(metrics.nonFinite()).containsExactly("loss");
    }

    @Test
    void shouldMergeDisjointSourcesAndRememberWhereEachMetricCameFrom() {
        Metrics merged = Metrics.merge(Metrics.builder("a.json").value("loss", 0.5).build(),
                Metrics.builder("b.json").value("acc", 0.9).param("model", "cnn").build());

        assertThat(merged.values()).containsOnlyKeys("acc", "loss");
        assertThat(merged.sourceOf("acc")).contains("b.json");
        assertThat(merged.sourceOf("loss")).contains("a.json");
        assertThat(merged.params()).containsEntry("model", "cnn");
    }

    @Test
    void shouldNameBothSourcesWhenTwoDefineTheSameMetric() {
        List<Metrics> parts = List.of(Metrics.builder("a.json").value("loss", 0.5).build(),
                Metrics.builder("b.yaml").value("loss", 0.4).build());

        assertThatThrownBy(() -> Metrics.merge(parts))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'loss'")
                .hasMessageContaining("a.json")
                .hasMessageContaining("b.yaml");
    }

    @Test
    void shouldKeepFlagsThroughAMerge() {
        Metrics merged = Metrics.merge(Metrics.builder("a").value("loss", Double.POSITIVE_INFINITY).build(),
                Metrics.builder("b").value("acc", 0.9).flagNonFinite("acc").build());

        assertThat(merged.nonFinite()).containsExactly("acc", "loss");
    }

    @Test
    void shouldBeImmutable() {
        Metrics metrics = Metrics.builder(null).point("loss", 0, 1.0).build();

        assertThatThrownBy(() -> metrics.values().put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> metrics.history("loss").add(MetricPoint.of(1, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldValidateNames() {
        assertThat(MetricNames.isValid("train/loss:top-1.v2")).isTrue();
        assertThat(MetricNames.problemWith("val acc")).contains("' '");
        assertThat(MetricNames.problemWith("x".repeat(201))).contains("201 characters");
        assertThat(MetricNames.isValid("x".repeat(200))).isTrue();
        assertThat(MetricNames.problemWith("")).contains("empty");
    }
}
