package io.modelci.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRunJsonTest {
    @TempDir
    Path temp;

    @Test
    void shouldRoundTripARunSpec() {
        RunSpec spec = RunSpec.builder().model("m").shell("python train.py").workingDir("/w").env("B", "2")
                .env("A", "1").timeout(java.time.Duration.ofMinutes(30)).image("img:1").artifact("model/**")
                .data("data").metricFile("metrics.json").logMetricsPattern("loss=(?<loss>\\S+)").param("lr", "0.1")
                .logFile("train.log").build();

        String json = TrainingRunJson.toJson(spec);

        assertThat(TrainingRunJson.fromJson(json, RunSpec.class)).isEqualTo(spec);
        assertThat(json.indexOf("\"A\"")).isLessThan(json.indexOf("\"B\""));
    }

    @Test
    void shouldWriteAndReadARunWithSortedKeys() throws Exception {
        io.modelci.metrics.Metrics metrics = io.modelci.metrics.Metrics.builder("train.log")
                .point("loss", io.modelci.metrics.MetricPoint.of(1, 0.5))
                .point("loss", io.modelci.metrics.MetricPoint.of(2, 0.3))
                .value("accuracy", 0.91).build();
        TrainingRun run = new TrainingRun("churn", RunStatus.SUCCEEDED, "exited with 0", 0,
                "2026-11-25T14:00:00Z", "2026-11-25T14:05:00Z", 300_000, List.of("sh", "train.sh"), "/w", metrics,
                List.of(new Artifact("model.pt", 3, "ab")), new TreeMap<>(java.util.Map.of("lr", "0.1")),
                new Lineage("abc123", false, "ff", List.of("data"), null, null,
                        List.of(new UsedGpu(0, "GPU-a", "Tesla T4", 15360)), "gpu-box-1"),
                "train.log", List.of());
        Path file = temp.resolve("out/run.json");

        TrainingRunJson.write(file, run);

        assertThat(TrainingRunJson.read(file)).isEqualTo(run);
        String json = Files.readString(file);
        assertThat(json.indexOf("\"accuracy\"")).isLessThan(json.indexOf("\"loss\""));
        assertThat(TrainingRunJson.read(file).metrics().history("loss")).hasSize(2);
        assertThat(json).doesNotContain("\"image\"").contains("\"status\" : \"SUCCEEDED\"");
        assertThat(Files.list(file.getParent())).hasSize(1);
    }
}
