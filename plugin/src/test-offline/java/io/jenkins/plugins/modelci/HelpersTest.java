package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's Jenkins-free helpers: argument checks, durations, memory sizes, log chunks, the trend index. */
class HelpersTest {
    @TempDir
    Path jobDir;

    @Test
    void shouldParseTimeoutsWithUnits() {
        assertThat(StepArguments.timeoutMillis("trainModel", "90s")).isEqualTo(90_000);
        assertThat(StepArguments.timeoutMillis("trainModel", "1h30m")).isEqualTo(5_400_000);
        assertThat(StepArguments.timeoutMillis("trainModel", " 1d ")).isEqualTo(86_400_000);
        assertThat(StepArguments.timeoutMillis("trainModel", null)).isZero();
        assertThatThrownBy(() -> StepArguments.timeoutMillis("trainModel", "2 hours"))
                .hasMessageStartingWith("trainModel: ").hasMessageContaining("timeout");
        assertThatThrownBy(() -> StepArguments.timeoutMillis("trainModel", "0m")).hasMessageContaining("zero");
    }

    @Test
    void shouldParseGpuMemoryInMib() {
        assertThat(GpuMemory.parseMib("20G")).isEqualTo(20_480);
        assertThat(GpuMemory.parseMib("16000M")).isEqualTo(16_000);
        assertThat(GpuMemory.parseMib("16000")).isEqualTo(16_000);
        assertThat(GpuMemory.parseMib("40GiB")).isEqualTo(40_960);
        assertThat(GpuMemory.parseMib("")).isZero();
        assertThatThrownBy(() -> GpuMemory.parseMib("lots")).hasMessageContaining("'memory'");
    }

    @Test
    void shouldRejectBadModelNamesNamingTheStep() {
        assertThat(StepArguments.modelName("trainModel", " churn-v2 ")).isEqualTo("churn-v2");
        assertThatThrownBy(() -> StepArguments.modelName("trainModel", "../etc"))
                .hasMessageStartingWith("trainModel: 'model'");
        assertThatThrownBy(() -> StepArguments.required("promoteModel", "alias", " "))
                .hasMessage("promoteModel: 'alias' is required");
    }

    @Test
    void shouldTurnGroovyParamsIntoSortedText() {
        Map<String, Object> groovy = new TreeMap<>(Map.of("lr", 0.01, "epochs", 5, "arch", new StringBuilder("resnet")));
        assertThat(StepArguments.params("trainModel", groovy))
                .containsExactly(Map.entry("arch", "resnet"), Map.entry("epochs", "5"), Map.entry("lr", "0.01"));
        assertThatThrownBy(() -> StepArguments.params("trainModel", List.of(1)))
                .hasMessageContaining("'params' must be a map");
        assertThatThrownBy(() -> StepArguments.params("trainModel", Map.of("x", List.of(1))))
                .hasMessageContaining("'params.x'");
    }

    @Test
    void shouldMakeAPolicyMapPlainAndSorted() {
        Object plain = StepArguments.plain("compareToProduction", "policy",
                Map.of("checks", List.of(Map.of("metric", new StringBuilder("auc"), "min_delta", 0.0))));
        assertThat(plain).isEqualTo(Map.of("checks", List.of(Map.of("metric", "auc", "min_delta", 0.0))));
        assertThatThrownBy(() -> StepArguments.plain("compareToProduction", "policy", Map.of("x", new Object())))
                .hasMessageContaining("'policy.x'");
    }

    @Test
    void shouldCutLogChunksAtLineEnds() {
        byte[] bytes = "one\ntwo\nthr".getBytes(StandardCharsets.UTF_8);
        assertThat(LogChunks.wholeLines(bytes, bytes.length, false, false)).isEqualTo(8);
        assertThat(LogChunks.wholeLines(bytes, bytes.length, false, true)).isEqualTo(bytes.length);
        byte[] oneLongLine = "xxxxxxxx".getBytes(StandardCharsets.UTF_8);
        assertThat(LogChunks.wholeLines(oneLongLine, oneLongLine.length, true, false)).isEqualTo(8);
        assertThat(LogChunks.wholeLines(oneLongLine, oneLongLine.length, false, false)).isZero();
    }

    @Test
    void shouldKeepOneTrendEntryPerBuildAndModelInBuildOrder() throws Exception {
        TrendIndex.put(jobDir.toFile(), new TrendIndex.Entry(2, "churn", 2, Map.of("auc", 0.81), null));
        TrendIndex.put(jobDir.toFile(), new TrendIndex.Entry(1, "churn", 1, Map.of("auc", 0.80), "champion"));
        TrendIndex.put(jobDir.toFile(), new TrendIndex.Entry(2, "churn", 2, Map.of("auc", 0.83, "f1", Double.NaN),
                "champion"));

        List<TrendIndex.Entry> entries = TrendIndex.read(jobDir.toFile());

        assertThat(entries).extracting(TrendIndex.Entry::build).containsExactly(1, 2);
        assertThat(entries.get(1).metrics()).containsEntry("auc", 0.83);
        assertThat(entries.get(1).metrics().get("f1")).isNaN();
        assertThat(entries.get(1).promotedTo()).isEqualTo("champion");
        assertThat(TrendIndex.metrics(entries, "churn")).containsExactly("auc", "f1");
        assertThat(TrendIndex.exists(jobDir.toFile())).isTrue();
    }

    @Test
    void shouldRunAnImageWithTheGpusWithGpusAllocated() throws Exception {
        Map<String, String> env = Map.of("MODELCI_GPUS", "2,3", "CUDA_VISIBLE_DEVICES", "GPU-b,GPU-c");
        TrainSpec spec = new TrainSpec("churn", "python train.py --lr 0.1", "pytorch/pytorch:2.5.1", "--shm-size 8g", 2,
                0, List.of(), true, List.of(), List.of(), Map.of());

        List<io.modelci.gpu.Gpu> gpus = DockerRun.allocatedGpus(env);
        String line = DockerRun.commandLine(spec, "/ws/job", "modelci-1", gpus);

        assertThat(gpus).extracting(io.modelci.gpu.Gpu::index).containsExactly(2, 3);
        assertThat(line).startsWith("'docker' 'run' '--rm' '--name' 'modelci-1'")
                .contains("'-v' '/ws/job:/ws/job'", "'--gpus' '\"device=2,3\"'", "'--shm-size' '8g'",
                        "'pytorch/pytorch:2.5.1'")
                .endsWith("'python train.py --lr 0.1'");
        Process p = new ProcessBuilder("sh", "-c", "printf '%s\\n' " + line).start();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("\"device=2,3\"\n").contains("python train.py --lr 0.1\n");
        assertThat(DockerRun.allocatedGpus(Map.of())).isEmpty();
    }

    @Test
    void shouldCarryAGpuInventoryAcrossTheChannelAsJson() throws Exception {
        List<io.modelci.gpu.Gpu> gpus = List.of(new io.modelci.gpu.Gpu(0, "GPU-a", "NVIDIA H100 80GB HBM3", 81559, 12, 3),
                new io.modelci.gpu.Gpu(1, "GPU-b", "NVIDIA H100 80GB HBM3", 81559, -1, -1));

        List<io.modelci.gpu.Gpu> back = GpuScheduler.parseInventory(GpuScheduler.inventoryJson(gpus));

        assertThat(back).isEqualTo(gpus);
    }

    @Test
    void shouldGiveGroovyPlainMapsListsAndNumbers() throws Exception {
        Map<String, Object> result = StepResults.toGroovy("{\"version\": 7, \"metrics\": {\"auc\": 0.91},"
                + " \"artifacts\": [\"model/w.pt\"], \"promote\": true}");

        assertThat(result).containsEntry("version", 7).containsEntry("promote", true)
                .containsEntry("metrics", Map.of("auc", 0.91)).containsEntry("artifacts", List.of("model/w.pt"));
        assertThat(result).isInstanceOf(java.io.Serializable.class);
    }
}
