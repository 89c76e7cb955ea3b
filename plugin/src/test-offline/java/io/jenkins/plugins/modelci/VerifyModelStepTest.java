package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.check.GoldenSet;
import io.modelci.demo.CsvTable;
import io.modelci.demo.GoldenFiles;
import io.modelci.demo.LogisticModel;
import io.modelci.demo.LogisticTrainer;
import io.modelci.demo.ModelServer;
import io.modelci.demo.ServerOptions;
import io.modelci.demo.TrainerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verifyModel} without Jenkins: its argument checks, and the agent-side work (what the step's callable runs)
 * against a real demo model server on loopback with a real golden file, and against a real command.
 */
class VerifyModelStepTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static LogisticModel model;
    private static CsvTable churn;

    @TempDir
    Path ws;

    @BeforeAll
    static void trainTheDemoModel() {
        Path data = Files.isRegularFile(Path.of("../examples/data/churn.csv"))
                ? Path.of("../examples/data/churn.csv") : Path.of("examples/data/churn.csv");
        churn = CsvTable.read(data);
        model = new LogisticTrainer(TrainerOptions.defaults().withHyperparameters(0.05, 2, 1e-4))
                .train(churn, e -> { }).model();
    }

    private static VerifySettings settings(String url, String command, String golden, String requests, double rate,
            String duration, long count, int concurrency, String timeout) {
        return VerifySettings.of(url, command, golden, 1e-6, requests, rate, duration, count, concurrency, timeout);
    }

    @Test
    void shouldWantEitherAUrlOrACommand() {
        assertThatThrownBy(() -> settings(null, null, "golden.jsonl", null, 0, null, 0, 64, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'url' or 'command', not neither");
        assertThatThrownBy(() -> settings("http://127.0.0.1:1/predict", "sh score.sh", "golden.jsonl", null, 0, null,
                0, 64, null)).hasMessageContaining("not both");
    }

    @Test
    void shouldContactOnlyAnHttpUrlWithAHost() {
        assertThatThrownBy(() -> settings("file:///etc/passwd", null, "golden.jsonl", null, 0, null, 0, 64, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("verifyModel: 'url' must be an http:// or https:// URL with a host, got 'file:///etc/passwd'");
        assertThatThrownBy(() -> settings("http:/predict", null, "golden.jsonl", null, 0, null, 0, 64, null))
                .hasMessageContaining("with a host");
    }

    @Test
    void shouldWantAtLeastOneCheck() {
        assertThatThrownBy(() -> settings("http://127.0.0.1:1/p", null, " ", null, 0, null, 0, 64, null))
                .hasMessageContaining("nothing to check");
    }

    @Test
    void shouldRefuseALoadCheckAgainstACommand() {
        assertThatThrownBy(() -> settings(null, "sh score.sh", "g.jsonl", "r.jsonl", 10, "1s", 0, 64, null))
                .hasMessageContaining("the load check ('requests') needs 'url'");
    }

    @Test
    void shouldWantEitherADurationOrACountForALoadCheck() {
        String url = "http://127.0.0.1:1/p";
        assertThatThrownBy(() -> settings(url, null, null, "r.jsonl", 10, null, 0, 64, null))
                .hasMessageContaining("'duration' or 'count' for the load check, not neither");
        assertThatThrownBy(() -> settings(url, null, null, "r.jsonl", 10, "5s", 50, 64, null))
                .hasMessageContaining("not both");
    }

    @Test
    void shouldKeepTheLoadCheckWithinTheEnginesBounds() {
        String url = "http://127.0.0.1:1/p";
        assertThatThrownBy(() -> settings(url, null, null, "r.jsonl", 0, "5s", 0, 64, null))
                .hasMessageContaining("'rate'");
        assertThatThrownBy(() -> settings(url, null, null, "r.jsonl", 50_000, "5s", 0, 64, null))
                .hasMessageContaining("at most 20000");
        assertThatThrownBy(() -> settings(url, null, null, "r.jsonl", 10, "31m", 0, 64, null))
                .hasMessageContaining("longer than 30 minutes");
        assertThatThrownBy(() -> settings(url, null, null, "r.jsonl", 1, null, 1_801, 64, null))
                .hasMessageContaining("longer than 30 minutes");
        assertThatThrownBy(() -> settings(url, null, null, "r.jsonl", 10, "5s", 0, 0, null))
                .hasMessageContaining("'concurrency' must be between 1 and 1024");
        assertThatThrownBy(() -> settings(url, null, null, "r.jsonl", 10, "soon", 0, 8, null))
                .hasMessageContaining("'soon' is not a duration");
        assertThatThrownBy(() -> settings(url, null, "g.jsonl", null, 0, null, 0, 8, "-1s"))
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> VerifySettings.of(url, null, "g.jsonl", -1, null, 0, null, 0, 8, null))
                .hasMessageContaining("'tolerance' must be 0 or more");
        assertThat(settings(url, null, null, "r.jsonl", 10, null, 1_800 * 10, 64, null).describe())
                .contains("18000 requests");
    }

    @Test
    void shouldVerifyAServedModelWithGoldenAnswersThenLoad() throws Exception {
        var inputs = GoldenFiles.inputs(model, churn, true, 10);
        GoldenFiles.writeGolden(ws.resolve("golden.jsonl"), model, inputs);
        GoldenFiles.writeRequests(ws.resolve("requests.jsonl"), inputs);

        try (ModelServer server = ModelServer.start(model, ServerOptions.loopback())) {
            String json = settings(server.predictUri().toString(), null, "golden.jsonl", "requests.jsonl", 100, null,
                    30, 8, "5s").verify(ws.toFile());

            JsonNode result = MAPPER.readTree(json);
            assertThat(result.path("passed").asBoolean()).isTrue();
            assertThat(result.at("/metrics/golden_rows").asInt()).isEqualTo(10);
            assertThat(result.at("/metrics/golden_mismatches").asInt()).isZero();
            assertThat(result.at("/metrics/requests").asInt()).isEqualTo(30);
            assertThat(result.at("/metrics/error_rate").asDouble()).isZero();
            assertThat(result.at("/metrics/latency_p99_ms").isNumber()).isTrue();
            assertThat(result.path("report").asText()).contains("10 rows, 0 mismatches", "30 requests at 100/s");
            assertThat(server.requestCount()).isEqualTo(40);
            // what the step returns to Groovy
            Map<String, Object> groovy = StepResults.toGroovy(json);
            assertThat(((Map<?, ?>) groovy.get("metrics")).get("golden_rows")).isEqualTo(10);
        }
    }

    @Test
    void shouldReportTheMismatchesOfAServerThatAnswersDifferently() throws Exception {
        Files.writeString(ws.resolve("golden.csv"), "state,international_plan,expected_label\nKS,yes,maybe\n");

        try (ModelServer server = ModelServer.start(model, ServerOptions.loopback())) {
            JsonNode result = MAPPER.readTree(settings(server.predictUri().toString(), null, "golden.csv", null, 0,
                    null, 0, 64, null).verify(ws.toFile()));

            assertThat(result.path("passed").asBoolean()).isFalse();
            assertThat(result.at("/metrics/golden_mismatches").asInt()).isEqualTo(1);
            assertThat(result.at("/golden/mismatches/0/line").asInt()).isEqualTo(2);
            assertThat(result.has("load")).isFalse();
        }
    }

    @Test
    void shouldVerifyAModelBehindACommandRunInTheWorkspace() throws Exception {
        Files.writeString(ws.resolve("golden.jsonl"), "{\"input\": {\"x\": 1}, \"expected\": {\"x\": 1}}\n"
                + "{\"input\": {\"x\": 2}, \"expected\": {\"x\": 3}}\n");
        Files.writeString(ws.resolve("echo.sh"), "cat\n");

        JsonNode result = MAPPER.readTree(settings(null, "sh echo.sh", "golden.jsonl", null, 0, null, 0, 64, "30s")
                .verify(ws.toFile()));

        assertThat(result.at("/metrics/golden_rows").asInt()).isEqualTo(2);
        assertThat(result.at("/metrics/golden_mismatches").asInt()).isEqualTo(1);
        assertThat(result.path("passed").asBoolean()).isFalse();
    }

    @Test
    void shouldSayWhichFileIsMissingWithoutAStackTrace() {
        RuntimeException missing = catchRuntimeException(() -> GoldenSet.read(ws.resolve("missing.jsonl")));

        assertThat(VerifySettings.problem(missing)).startsWith("verifyModel: cannot read ")
                .contains("missing.jsonl: ");
        assertThat(VerifySettings.problem(new IllegalArgumentException("'rate': too high")))
                .isEqualTo("verifyModel: 'rate': too high");
    }

    @Test
    void shouldLetThePolicyHoldTheVerificationMetrics() throws Exception {
        StringBuilder csv = new StringBuilder("label,score\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i % 2).append(',').append(i % 2 == 1 ? "0.8" : "0.2").append('\n');
        }
        Files.writeString(ws.resolve("preds.csv"), csv);
        String evaluation = EngineBridge.evaluate(ws.toFile(), "preds.csv", "binary", List.of(), 0, "holdout");
        String challenger = VerifyModelStep.withMetrics(evaluation,
                Map.of("latency_p99_ms", 480.0, "roc_auc", 0.1));
        String policy = "{\"checks\":[{\"metric\":\"roc_auc\",\"min_value\":0.7},"
                + "{\"metric\":\"latency_p99_ms\",\"max_value\":250}]}";

        JsonNode verdict = MAPPER.readTree(EngineBridge.decide(ws.toFile(), null, policy, challenger, null, null, null,
                "holdout", "binary"));

        assertThat(MAPPER.readTree(challenger).at("/metrics/roc_auc").asDouble()).isEqualTo(1.0); // not overwritten
        assertThat(verdict.path("verdict").asText()).isEqualTo("REJECT");
        assertThat(EngineBridge.reasons(verdict)).contains("latency_p99_ms");
        assertThat(verdict.path("checks").toString()).contains("latency_p99_ms is 480.0000, above the ceiling 250.0000");
    }

    /** 200 rows of label,score both models rank perfectly: the rows decide nothing, the latency decides. */
    private String perfectPredictions(String file) throws Exception {
        StringBuilder csv = new StringBuilder("label,score\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i % 2).append(',').append(i % 2 == 1 ? "0.8" : "0.2").append('\n');
        }
        Files.writeString(ws.resolve(file), csv);
        return file;
    }

    /**
     * compareToProduction's three paths on the same models and policy: the challenger's metrics with this build's
     * verification ({@link VerifyModelStep#withMetrics}), the champion's version with its recorded verification
     * ({@link VerifyModelStep#withVerificationMetrics}), then the gate on recorded metrics, on both predictions
     * files, and on the challenger's predictions scored on the agent.
     */
    private JsonNode[] unpairedAndPaired(double challengerLatency, double championLatency, String policy)
            throws Exception {
        String challengerFile = perfectPredictions("challenger.csv");
        String championFile = perfectPredictions("champion.csv");
        String evaluation = EngineBridge.evaluate(ws.toFile(), challengerFile, "binary", List.of(), 0, "holdout");
        String challenger = VerifyModelStep.withMetrics(evaluation, Map.of("latency_p99_ms", challengerLatency));
        String champion = VerifyModelStep.withVerificationMetrics("{\"model\":\"churn\",\"version\":3,"
                + "\"artifacts\":[],\"metrics\":{},\"evaluations\":{\"holdout\":{\"metrics\":{\"roc_auc\":1.0}},"
                + "\"verification\":{\"metrics\":{\"latency_p99_ms\":" + championLatency + "}}}}");
        JsonNode unpaired = MAPPER.readTree(EngineBridge.decide(ws.toFile(), null, policy, challenger, champion, null,
                null, "holdout", "binary"));
        JsonNode paired = MAPPER.readTree(EngineBridge.decide(ws.toFile(), null, policy, challenger, champion,
                challengerFile, championFile, "holdout", "binary"));
        JsonNode scored = MAPPER.readTree(EngineBridge.decide(ws.toFile(), null, policy, challenger, champion,
                challengerFile, null, "holdout", "binary"));
        return new JsonNode[] {unpaired, paired, scored};
    }

    private static JsonNode check(JsonNode verdict, String metric) {
        for (JsonNode check : verdict.path("checks")) {
            if (check.path("metric").asText().equals(metric)) {
                return check;
            }
        }
        throw new AssertionError(metric + " not among the checks of " + verdict);
    }

    @Test
    void shouldGiveEveryComparisonTheVerificationMetricsOfBothModels() throws Exception {
        String policy = "{\"checks\":[{\"metric\":\"roc_auc\",\"max_regression\":0.0},"
                + "{\"metric\":\"latency_p99_ms\",\"max_value\":250,\"max_regression\":30}]}";

        JsonNode[] fast = unpairedAndPaired(120, 100, policy);
        JsonNode[] slow = unpairedAndPaired(180, 100, policy);

        JsonNode paired = fast[1];
        assertThat(paired.path("comparison").asText()).isEqualTo("paired");
        assertThat(paired.path("verdict").asText()).isEqualTo("PROMOTE");
        assertThat(check(paired, "latency_p99_ms").path("challenger").asDouble()).isEqualTo(120.0);
        assertThat(check(paired, "latency_p99_ms").path("champion").asDouble()).isEqualTo(100.0);
        assertThat(slow[1].path("comparison").asText()).isEqualTo("paired");
        assertThat(slow[1].path("verdict").asText()).isEqualTo("REJECT");
        assertThat(EngineBridge.reasons(slow[1])).isEqualTo("1 of 2 checks failed: latency_p99_ms");
        assertThat(check(slow[1], "latency_p99_ms").path("reason").asText())
                .startsWith("latency_p99_ms got worse by 80.0000");
        for (JsonNode[] paths : List.of(fast, slow)) {
            assertThat(paths[0].path("comparison").asText()).isEqualTo("unpaired");
            assertThat(paths[2].path("comparison").asText()).isEqualTo("unpaired");
            for (JsonNode other : List.of(paths[1], paths[2])) {
                assertThat(other.path("verdict").asText()).isEqualTo(paths[0].path("verdict").asText());
                assertThat(check(other, "latency_p99_ms").path("reason").asText())
                        .isEqualTo(check(paths[0], "latency_p99_ms").path("reason").asText());
            }
        }
    }

    @Test
    void shouldGiveTheChallengerVersionsRecordedVerificationToEveryComparison() throws Exception {
        String challengerFile = perfectPredictions("challenger.csv");
        String championFile = perfectPredictions("champion.csv");
        // no verifyModel in this build: the challenger's registered version carries an earlier verification
        String challenger = "{\"model\":\"churn\",\"version\":4,\"artifacts\":[],\"metrics\":{\"auc\":0.9},"
                + "\"evaluations\":{\"verification\":{\"metrics\":{\"latency_p99_ms\":300}}}}";
        String champion = VerifyModelStep.withVerificationMetrics("{\"model\":\"churn\",\"version\":3,"
                + "\"artifacts\":[],\"metrics\":{\"auc\":0.8},"
                + "\"evaluations\":{\"verification\":{\"metrics\":{\"latency_p99_ms\":100}}}}");
        String policy = "{\"checks\":[{\"metric\":\"latency_p99_ms\",\"max_value\":250}]}";

        JsonNode recorded = MAPPER.readTree(EngineBridge.decide(ws.toFile(), null, policy, challenger, champion, null,
                null, null, "binary"));
        JsonNode paired = MAPPER.readTree(EngineBridge.decide(ws.toFile(), null, policy, challenger, champion,
                challengerFile, championFile, null, "binary"));

        for (JsonNode verdict : List.of(recorded, paired)) {
            assertThat(verdict.path("verdict").asText()).isEqualTo("REJECT");
            assertThat(check(verdict, "latency_p99_ms").path("reason").asText())
                    .isEqualTo("latency_p99_ms is 300.0000, above the ceiling 250.0000");
        }
    }

    @Test
    void shouldRecordThisBuildsVerificationWhereARegisteredVersionKeepsIt() throws Exception {
        String challenger = VerifyModelStep.withMetrics("{\"task\":\"binary\",\"metrics\":{\"roc_auc\":0.9}}",
                Map.of("latency_p99_ms", 42.0, "roc_auc", 0.1));

        assertThat(EngineBridge.verificationMetrics(challenger))
                .isEqualTo(Map.of("latency_p99_ms", 42.0, "roc_auc", 0.1));
        assertThat(MAPPER.readTree(challenger).at("/metrics/roc_auc").asDouble()).isEqualTo(0.9);
        assertThat(EngineBridge.verificationMetrics(null)).isEmpty();
        assertThat(EngineBridge.verificationMetrics("{\"metrics\":{\"latency_p99_ms\":1}}")).isEmpty();
    }

    @Test
    void shouldGiveTheChampionsVerificationMetricsToEachOfItsEvaluations() throws Exception {
        String champion = "{\"version\":3,\"metrics\":{\"auc\":0.8},\"evaluations\":{"
                + "\"holdout\":{\"metrics\":{\"roc_auc\":0.9}},\"verification\":{\"metrics\":{\"latency_p99_ms\":12}}}}";

        JsonNode merged = MAPPER.readTree(VerifyModelStep.withVerificationMetrics(champion));

        assertThat(merged.at("/evaluations/holdout/metrics/latency_p99_ms").asInt()).isEqualTo(12);
        assertThat(merged.at("/metrics/latency_p99_ms").asInt()).isEqualTo(12);
        assertThat(merged.at("/evaluations/holdout/metrics/roc_auc").asDouble()).isEqualTo(0.9);
        assertThat(VerifyModelStep.withVerificationMetrics(null)).isNull();
        assertThat(VerifyModelStep.withMetrics("{\"metrics\":{}}", Map.of())).isEqualTo("{\"metrics\":{}}");
    }

    @Test
    void shouldAttachTheMetricsUnderTheEvaluationNameVerification() throws Exception {
        JsonNode evaluation = MAPPER.readTree(VerifyModelStep.evaluationJson(
                MAPPER.readTree("{\"metrics\":{\"latency_p99_ms\":3.5},\"passed\":true}")));

        assertThat(evaluation.path("name").asText()).isEqualTo("verification");
        assertThat(evaluation.at("/metrics/latency_p99_ms").asDouble()).isEqualTo(3.5);
        assertThat(ModelAction.headlineMetrics(MAPPER.readTree(
                "{\"evaluations\":[{\"metrics\":{\"roc_auc\":0.9}}],\"verification\":{\"metrics\":{\"latency_p99_ms\":3.5}}}")))
                .isEqualTo(Map.of("roc_auc", 0.9, "latency_p99_ms", 3.5));
        assertThat(List.of(evaluation.fieldNames().next())).containsExactly("name");
    }
}
