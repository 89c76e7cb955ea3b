package io.modelci.metrics;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.modelci.metrics.TestFiles.bad;
import static io.modelci.metrics.TestFiles.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricFilesTest {
    @Test
    void shouldMergeFilesOfDifferentFormats() {
        Metrics metrics = MetricFiles.read(good("nested.json"), good("metrics.toml"), good("history.tsv"));

        assertThat(metrics.values()).containsKeys("train.loss", "test.accuracy", "loss", "lr");
        assertThat(metrics.params()).containsEntry("model", "resnet18").containsEntry("optimizer", "sgd");
    }

    @Test
    void shouldNameBothFilesWhenTheyDefineTheSameMetric() {
        assertThatThrownBy(() -> MetricFiles.read(bad("dup/a.json"), bad("dup/b.yaml")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'loss'")
                .hasMessageContaining(bad("dup/a.json").toString())
                .hasMessageContaining(bad("dup/b.yaml").toString());
    }

    @Test
    void shouldReturnNothingWhenOneOfTheFilesFails() {
        assertThatThrownBy(() -> MetricFiles.read(good("nested.json"), bad("ragged.csv")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("ragged.csv:3");
    }

    @Test
    void shouldTellFormatsByExtensionAndContent(@TempDir final Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("metrics"), "{\"loss\": 1}");
        Path table = Files.writeString(dir.resolve("history.dat"), "step;loss\n0;1\n");
        Path yaml = Files.writeString(dir.resolve("summary.out.yml"), "loss: 1\n");

        assertThat(MetricFiles.formatOf(json)).isEqualTo(MetricFiles.Format.JSON);
        assertThat(MetricFiles.formatOf(table)).isEqualTo(MetricFiles.Format.DELIMITED);
        assertThat(MetricFiles.formatOf(yaml)).isEqualTo(MetricFiles.Format.YAML);
        assertThat(MetricFiles.formatOf(good("train.log"))).isEqualTo(MetricFiles.Format.LOG);
        assertThat(MetricFiles.read(json).values()).containsEntry("loss", 1.0);
        assertThat(MetricFiles.read(List.of(table), null).history("loss")).containsExactly(MetricPoint.of(0, 1));
    }

    @Test
    void shouldRejectMissingFilesAndPlainDirectories(@TempDir final Path dir) {
        assertThatThrownBy(() -> MetricFiles.read(dir.resolve("missing.json")))
                .isInstanceOf(InputException.class).hasMessageContaining("missing.json: no such file");
        assertThatThrownBy(() -> MetricFiles.read(dir))
                .isInstanceOf(InputException.class).hasMessageContaining("not DVCLive output");
    }
}
