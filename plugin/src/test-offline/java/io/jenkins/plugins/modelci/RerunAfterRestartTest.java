package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What lets {@code evaluateModel} and {@code compareToProduction} simply run again after a controller restart: the
 * agent-side work gives the same answer twice, and the build record keeps one evaluation per name.
 */
class RerunAfterRestartTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path ws;

    @Test
    void shouldEvaluateTheSamePredictionsToTheSameResultTwiceWithBootstrapAndSlices() throws Exception {
        Files.writeString(ws.resolve("preds.csv"), predictions(0.7, 5));

        String first = EngineBridge.evaluate(ws.toFile(), "preds.csv", "binary", List.of("region"), 200, "holdout");
        String again = EngineBridge.evaluate(ws.toFile(), "preds.csv", "binary", List.of("region"), 200, "holdout");

        assertThat(first).contains("north");
        assertThat(MAPPER.readTree(again)).isEqualTo(MAPPER.readTree(first));
    }

    @Test
    void shouldDecideTheSameVerdictTwiceOnAPairedComparison() throws Exception {
        Files.writeString(ws.resolve("challenger.csv"), predictions(0.72, 3));
        Files.writeString(ws.resolve("champion.csv"), predictions(0.7, 4));
        String champion = "{\"model\":\"churn\",\"version\":3,\"artifacts\":[],\"metrics\":{},\"evaluations\":{}}";
        String policy = "{\"checks\":[{\"metric\":\"roc_auc\",\"max_regression\":0.0}]}";

        String first = EngineBridge.decide(ws.toFile(), null, policy, "{}", champion, "challenger.csv",
                "champion.csv", null, "binary");
        String again = EngineBridge.decide(ws.toFile(), null, policy, "{}", champion, "challenger.csv",
                "champion.csv", null, "binary");

        assertThat(MAPPER.readTree(first).path("comparison").asText()).isEqualTo("paired");
        assertThat(MAPPER.readTree(again)).isEqualTo(MAPPER.readTree(first));
    }

    @Test
    void shouldKeepOneEvaluationPerNameWhenTheStepRecordsAgain() throws Exception {
        ObjectNode record = MAPPER.createObjectNode();
        JsonNode holdout = MAPPER.readTree("{\"name\":\"holdout\",\"metrics\":{\"roc_auc\":0.8}}");
        JsonNode shadow = MAPPER.readTree("{\"name\":\"shadow\",\"metrics\":{\"roc_auc\":0.7}}");

        ModelAction.putEvaluation(record, holdout);
        ModelAction.putEvaluation(record, shadow);
        ModelAction.putEvaluation(record, holdout.deepCopy());

        assertThat(record.path("evaluations")).hasSize(2);
        assertThat(record.path("evaluations").get(0).path("name").asText()).isEqualTo("shadow");
        // the re-run is the newest: compareToProduction takes the last evaluation
        assertThat(record.path("evaluations").get(1)).isEqualTo(holdout);
    }

    @Test
    void shouldKeepEvaluationsWithoutAName() throws Exception {
        ObjectNode record = MAPPER.createObjectNode();
        ModelAction.putEvaluation(record, MAPPER.readTree("{\"metrics\":{\"a\":1}}"));
        ModelAction.putEvaluation(record, MAPPER.readTree("{\"metrics\":{\"a\":2}}"));
        ModelAction.putEvaluation(record, MAPPER.readTree("{\"name\":\"x\",\"metrics\":{\"a\":3}}"));

        assertThat(record.path("evaluations")).hasSize(3);
    }

    /** 400 rows of label,score,region whose ranking quality grows with skill; deterministic for a seed. */
    private static String predictions(double skill, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("label,score,region\n");
        for (int i = 0; i < 400; i++) {
            int label = i % 2;
            double score = Math.max(0, Math.min(1, skill * label + (1 - skill) * random.nextDouble()));
            csv.append(label).append(',').append(String.format(Locale.ROOT, "%.4f", score)).append(',')
                    .append(i % 3 == 0 ? "north" : "south").append('\n');
        }
        return csv.toString();
    }
}
