package io.modelci.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.eval.EvaluationJson;
import io.modelci.eval.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(final String... args) {
        CommandLine commandLine = ModelCi.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private Path predictions() throws IOException {
        StringBuilder csv = new StringBuilder("label,score,region\n");
        for (int i = 0; i < 200; i++) {
            int label = i % 3 == 0 ? 1 : 0;
            double score = ((i * 37) % 100) / 100.0 * 0.7 + 0.3 * label;
            csv.append(label).append(',').append(score).append(',').append(i < 190 ? "eu" : "us").append('\n');
        }
        Path file = dir.resolve("predictions.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void shouldPrintOneJsonObjectInTheDocumentedShape() throws IOException {
        Path output = dir.resolve("out/evaluation.json");
        int exit = run("evaluate", "--predictions", predictions().toString(), "--task", "binary", "--json",
                "--slice-by", "region", "--bootstrap", "50", "--seed", "3", "--output", output.toString());

        assertThat(exit).as(err.toString()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("task").asText()).isEqualTo("binary");
        assertThat(json.get("rows").asLong()).isEqualTo(200);
        assertThat(json.get("metrics").get("roc_auc").asDouble()).isBetween(0.5, 1.0);
        assertThat(json.get("intervals").get("accuracy").has("low")).isTrue();
        assertThat(json.get("slices").get("region").get("eu").get("rows").asLong()).isEqualTo(190);
        assertThat(json.get("slices").get("region").get("us").get("too_small").asBoolean()).isTrue();
        assertThat(json.get("warnings").isArray()).isTrue();
        EvaluationResult written = EvaluationJson.read(output);
        assertThat(written.metrics()).isEqualTo(EvaluationJson.read(out.toString(), "stdout").metrics());
    }

    @Test
    void shouldPrintAReadableTableByDefault() throws IOException {
        int exit = run("evaluate", "--predictions", predictions().toString(), "--task", "binary");

        assertThat(exit).isEqualTo(0);
        assertThat(out.toString()).contains("binary evaluation of").contains("200 rows").contains("roc_auc")
                .contains("average_precision");
    }

    @Test
    void shouldExitTwoNamingLineAndColumnOfBadInput() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "label,score\n1,0.4\n0,oops\n");

        int exit = run("evaluate", "--predictions", file.toString(), "--task", "binary");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(file + ":3:2: 'score': 'oops' is not a number");
    }

    @Test
    void shouldExitTwoOnAnUnknownTask() throws IOException {
        int exit = run("evaluate", "--predictions", predictions().toString(), "--task", "ranking");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("unknown task 'ranking'");
    }

    @Test
    void shouldEvaluateMulticlassWithTheConfusionMatrix() throws IOException {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "label,prediction,proba_cat,proba_dog\ncat,cat,0.8,0.2\ndog,cat,0.6,0.4\n"
                + "dog,dog,0.3,0.7\ncat,dog,0.45,0.55\n");

        int exit = run("evaluate", "--predictions", file.toString(), "--task", "multiclass", "--json");

        assertThat(exit).as(err.toString()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("metrics").get("accuracy").asDouble()).isEqualTo(0.5);
        assertThat(json.get("metrics").has("roc_auc_ovr")).isTrue();
        assertThat(json.get("confusion_matrix").get("labels").toString()).isEqualTo("[\"cat\",\"dog\"]");
        assertThat(json.get("confusion_matrix").get("counts").toString()).isEqualTo("[[1,1],[1,1]]");
    }

    @Test
    void shouldEvaluateRegressionFromJsonLinesAndReportDroppedRows() throws IOException {
        Path file = dir.resolve("r.jsonl");
        Files.writeString(file, "{\"label\": 1.0, \"prediction\": 1.5}\n{\"label\": 2.0, \"prediction\": null}\n"
                + "{\"label\": 3.0, \"prediction\": 2.0}\n");

        int exit = run("evaluate", "--predictions", file.toString(), "--task", "regression", "--json",
                "--drop-invalid");

        assertThat(exit).as(err.toString()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("rows").asLong()).isEqualTo(2);
        assertThat(json.get("metrics").get("mae").asDouble()).isEqualTo(0.75);
        assertThat(json.get("warnings").get(0).asText()).contains("dropped 1 rows").contains("line 2");
    }
}
