package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.ModelVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's calls into the engine, on real files and a real embedded registry: what the steps' agent-side
 * callables and controller-side registry calls do, without Jenkins.
 */
class EngineWiringTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String POLICY = "checks:\n  - metric: roc_auc\n    min_value: 0.6\n    max_regression: 0.0\n";

    @TempDir
    Path ws;

    @TempDir
    Path registryDir;

    private TrainSpec spec() {
        return new TrainSpec("churn", "sh train.sh", null, null, 0, 0, List.of("metrics.json"), true,
                List.of("model/**"), List.of("data"), Map.of("lr", "0.01"));
    }

    private String trainedRun() throws Exception {
        Files.writeString(ws.resolve("metrics.json"), "{\"val\": {\"auc\": 0.9}}");
        Files.createDirectories(ws.resolve("model"));
        Files.writeString(ws.resolve("model/weights.bin"), "weights");
        Files.createDirectories(ws.resolve("data"));
        Files.writeString(ws.resolve("data/train.csv"), "x,y\n1,0\n");
        Path control = Files.createDirectories(ws.resolve(".modelci/runs/r1"));
        Files.writeString(control.resolve(DetachedCommand.LOG), "epoch 1 loss=0.8\nepoch 2 loss=0.6\n");
        return TrainingRecorder.collect(ws, spec(), ".modelci/runs/r1", 1_700_000_000_000L, 5_000);
    }

    @Test
    void shouldCollectMetricsHistoriesArtifactsAndLineageOfATrainingRun() throws Exception {
        JsonNode collected = MAPPER.readTree(trainedRun());

        assertThat(collected.at("/metrics/metrics/val.auc").asDouble()).isEqualTo(0.9);
        assertThat(collected.at("/metrics/metrics/loss").asDouble()).isEqualTo(0.6);
        assertThat(collected.at("/metrics/histories/loss")).hasSize(2);
        JsonNode artifacts = collected.at("/run/artifacts");
        assertThat(artifacts).hasSize(1);
        assertThat(artifacts.get(0).path("path").asText()).isEqualTo("model/weights.bin");
        assertThat(artifacts.get(0).path("sha256").asText()).hasSize(64);
        assertThat(collected.at("/run/lineage/dataFingerprint").asText()).isNotBlank();
        assertThat(collected.at("/run/status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void shouldRegisterTheRunAsAVersionWithTheBuildAndWho() throws Exception {
        String runJson = MAPPER.readTree(trainedRun()).path("run").toString();
        try (JdbcRegistry registry = JdbcRegistry.openFolder(registryDir)) {
            int version = EngineBridge.register(registry, "churn", runJson, ArtifactLocation.workspace("/agent/ws"),
                    "job/p#4", "alice");

            ModelVersion v = registry.get("churn", version).orElseThrow();
            assertThat(version).isEqualTo(1);
            assertThat(v.artifacts().get(0).uri()).isEqualTo("/agent/ws/model/weights.bin");
            assertThat(v.metrics()).containsEntry("val.auc", 0.9);
            assertThat(v.params()).containsEntry("lr", "0.01");
            assertThat(v.lineage().who()).isEqualTo("alice");
            assertThat(v.lineage().buildUrl()).isEqualTo("job/p#4");
            assertThat(v.tags()).containsEntry("jenkins.build", "job/p#4");
            assertThat(MAPPER.readTree(EngineBridge.toJson(v)).path("version").asInt()).isEqualTo(1);
        }
    }

    @Test
    void shouldRecordTheArchivedCopiesWhenTheBuildArchivedThem() throws Exception {
        String runJson = MAPPER.readTree(trainedRun()).path("run").toString();
        try (JdbcRegistry registry = JdbcRegistry.openFolder(registryDir)) {
            int version = EngineBridge.register(registry, "churn", runJson,
                    ArtifactLocation.archived("https://ci.example.com/", "job/churn%20nightly/7/"), "job/p#7", "bob");

            assertThat(registry.get("churn", version).orElseThrow().artifacts().get(0).uri())
                    .isEqualTo("https://ci.example.com/job/churn%20nightly/7/artifact/model/weights.bin");
        }
        assertThat(ArtifactLocation.archived("https://ci/", "job/x/1/").uriOf("model dir/w+1 ü.pt"))
                .isEqualTo("https://ci/job/x/1/artifact/model%20dir/w%2B1%20%C3%BC.pt");
        assertThat(ArtifactLocation.workspace("/agent/ws/").uriOf("model/w.pt")).isEqualTo("/agent/ws/model/w.pt");
    }

    @Test
    void shouldPromoteAFirstModelAndRejectAWorseChallenger() throws Exception {
        Files.writeString(ws.resolve("policy.yaml"), POLICY);
        Files.writeString(ws.resolve("good.csv"), predictions(0.9, 1));
        Files.writeString(ws.resolve("bad.csv"), predictions(0.3, 2));
        String good = EngineBridge.evaluate(ws.toFile(), "good.csv", "binary", List.of(), 0, "holdout");
        String bad = EngineBridge.evaluate(ws.toFile(), "bad.csv", "binary", List.of(), 0, "holdout");

        JsonNode first = MAPPER.readTree(EngineBridge.decide(ws.toFile(), "policy.yaml", null, good, null, null, null,
                "holdout", "binary"));
        String champion = "{\"model\":\"churn\",\"version\":1,\"artifacts\":[{\"uri\":\"/m/1\"}],"
                + "\"metrics\":{},\"evaluations\":{\"holdout\":{\"metrics\":"
                + MAPPER.readTree(good).path("metrics") + "}}}";
        JsonNode worse = MAPPER.readTree(EngineBridge.decide(ws.toFile(), "policy.yaml", null, bad, champion, null,
                null, "holdout", "binary"));

        assertThat(first.path("verdict").asText()).isEqualTo("PROMOTE_FIRST");
        assertThat(first.path("promote").asBoolean()).isTrue();
        assertThat(first.path("champion").isNull()).isTrue();
        assertThat(worse.path("verdict").asText()).isEqualTo("REJECT");
        assertThat(worse.path("promote").asBoolean()).isFalse();
        assertThat(worse.at("/champion/version").asInt()).isEqualTo(1);
        assertThat(worse.at("/champion/artifacts/0").asText()).isEqualTo("/m/1");
        assertThat(EngineBridge.reasons(worse)).isNotBlank();
    }

    @Test
    void shouldComparePairedWhenBothModelsScoredTheSameRows() throws Exception {
        Files.writeString(ws.resolve("challenger.csv"), predictions(0.9, 3));
        Files.writeString(ws.resolve("champion.csv"), predictions(0.7, 4));
        String champion = "{\"model\":\"churn\",\"version\":3,\"artifacts\":[],\"metrics\":{},\"evaluations\":{}}";

        JsonNode verdict = MAPPER.readTree(EngineBridge.decide(ws.toFile(), null,
                "{\"checks\":[{\"metric\":\"roc_auc\",\"max_regression\":0.0}]}", "{}", champion, "challenger.csv",
                "champion.csv", null, "binary"));

        assertThat(verdict.path("comparison").asText()).isEqualTo("paired");
        assertThat(verdict.path("verdict").asText()).isEqualTo("PROMOTE");
    }

    /** 400 rows of label,score whose ranking quality grows with skill; deterministic for a seed. */
    private static String predictions(double skill, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("label,score\n");
        for (int i = 0; i < 400; i++) {
            int label = i % 2;
            double score = Math.max(0, Math.min(1, skill * label + (1 - skill) * random.nextDouble()));
            csv.append(label).append(',').append(String.format(Locale.ROOT, "%.4f", score)).append('\n');
        }
        return csv.toString();
    }
}
