package io.modelci.metrics;

import org.junit.jupiter.api.Test;

import static io.modelci.metrics.TestFiles.good;
import static org.assertj.core.api.Assertions.assertThat;

class MetricsJsonTest {
    @Test
    void shouldWriteNonFiniteValuesAsStrings() {
        String json = MetricsJson.write(MetricFiles.read(good("nan.json")));

        assertThat(json).contains("\"loss\" : \"NaN\"").contains("\"grad_norm\" : \"Infinity\"")
                .contains("\"bias\" : \"-Infinity\"").contains("\"accuracy\" : 0.5")
                .contains("\"nonFinite\" : [ \"bias\", \"grad_norm\", \"loss\" ]");
    }

    @Test
    void shouldRoundTripValuesHistoriesTimestampsAndParams() {
        Metrics original = MetricFiles.read(good("run/dvclive"));

        Metrics copy = MetricsJson.read(MetricsJson.write(original), "stored");

        assertThat(copy).isEqualTo(original);
        assertThat(copy.history("train/loss").get(0).timestampMillis()).isEqualTo(1764075600000L);
    }

    @Test
    void shouldRoundTripNonFiniteFlags() {
        Metrics original = Metrics.builder(null).value("loss", Double.NaN).value("acc", 0.5).build();

        Metrics copy = MetricsJson.read(MetricsJson.write(original), "stored");

        assertThat(copy.nonFinite()).containsExactly("loss");
        assertThat(copy.value("loss")).hasValueSatisfying(value -> assertThat(value).isNaN());
    }
}
