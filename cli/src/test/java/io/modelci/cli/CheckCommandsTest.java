package io.modelci.cli;

import io.modelci.cli.demo.DemoFixtures;
import io.modelci.demo.JsonRowScorer;
import io.modelci.metrics.MetricFiles;
import io.modelci.metrics.Metrics;
import io.modelci.demo.LogisticModel;
import io.modelci.demo.ModelServer;
import io.modelci.demo.ServerOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandsTest {
    private static final String[] ROWS = {
            "{\"state\":\"KS\",\"international_plan\":\"yes\",\"number_customer_service_calls\":5}",
            "{\"state\":\"OH\",\"total_day_minutes\":161.6,\"voice_mail_plan\":\"yes\"}",
    };

    @TempDir
    static Path shared;
    private static Path modelFile;
    private static LogisticModel model;

    @BeforeAll
    static void trainModel() {
        modelFile = DemoFixtures.trainQuickModel(shared.resolve("model"));
        model = LogisticModel.read(modelFile);
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result modelci(final String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ModelCi.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return new Result(commandLine.execute(args), out.toString(), err.toString());
    }

    /** The model's own answers as golden lines, with the label of row {@code wrong} flipped. */
    private static Path golden(final Path folder, final int wrong) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ROWS.length; i++) {
            var answer = (com.fasterxml.jackson.databind.node.ObjectNode) new JsonRowScorer(model)
                    .score(json.readTree(ROWS[i]));
            if (i == wrong) {
                answer.put("label", "yes".equals(answer.get("label").asText()) ? "no" : "yes");
            }
            lines.add("{\"input\":" + ROWS[i] + ",\"expected\":" + json.writeValueAsString(answer) + "}");
        }
        Path file = folder.resolve("golden.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void shouldPassTheGoldenCheckAndWriteAMetricsFile(@TempDir final Path folder) throws Exception {
        Path metrics = folder.resolve("golden-metrics.json");
        try (ModelServer server = ModelServer.start(model, ServerOptions.loopback())) {
            Result result = modelci("check", "golden", "--url", server.predictUri().toString(),
                    "--golden", golden(folder, -1).toString(), "--out", metrics.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("2 rows, 0 mismatches").contains("PASS");
            assertThat(metrics).content().contains("\"golden_mismatches\" : 0", "\"golden_rows\" : 2")
                    .startsWith("{\n  \"metrics\" : {");
            assertThat(MetricFiles.read(metrics).values()).containsEntry("golden_mismatches", 0.0)
                    .containsEntry("golden_rows", 2.0).containsOnlyKeys("golden_failures", "golden_mismatch_rate",
                            "golden_mismatches", "golden_rows");
        }
    }

    @Test
    void shouldExitWithOneAndShowTheRowWhenAGoldenLabelDiffers(@TempDir final Path folder) throws Exception {
        try (ModelServer server = ModelServer.start(model, ServerOptions.loopback())) {
            Result result = modelci("check", "golden", "--url", server.predictUri().toString(),
                    "--golden", golden(folder, 1).toString(), "--json");

            assertThat(result.exitCode()).isEqualTo(ModelCi.EXIT_REJECTED);
            assertThat(result.out()).contains("\"golden_mismatches\" : 1", "\"line\" : 2", "\"reason\" : \"'label': expected");
        }
    }

    @Test
    void shouldRunTheScorerAsAGoldenCommand(@TempDir final Path folder) throws Exception {
        String command = String.join(" ", DemoFixtures.javaCommand("io.modelci.cli.demo.ScoreMain"))
                + " --model " + modelFile + " --jsonl";

        Result result = modelci("check", "golden", "--command", command, "--golden", golden(folder, 0).toString(),
                "--timeout", "60s");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("2 rows, 1 mismatch").contains("line 1: 'label': expected");
    }

    @Test
    void shouldPassAGoldenFileThatTheScorerWroteAgainstTheServedModel(@TempDir final Path folder) {
        Path golden = folder.resolve("golden.jsonl");
        DemoFixtures.Outcome written = DemoFixtures.run(new io.modelci.cli.demo.ScoreMain(), "--model",
                modelFile.toString(), "--data", DemoFixtures.churnCsv().toString(), "--golden-out", golden.toString(),
                "--limit", "20");
        assertThat(written.exitCode()).as(written.err()).isZero();

        try (ModelServer server = ModelServer.start(model, ServerOptions.loopback())) {
            Result result = modelci("check", "golden", "--url", server.predictUri().toString(),
                    "--golden", golden.toString(), "--tolerance", "1e-12");

            assertThat(result.exitCode()).as(result.out()).isZero();
            assertThat(result.out()).contains("20 rows, 0 mismatches");
        }
    }

    @Test
    void shouldMeasureErrorsUnderLoadAndWriteTheLatencyMetrics(@TempDir final Path folder) throws Exception {
        Path requests = folder.resolve("requests.jsonl");
        Files.write(requests, List.of(ROWS));
        Path metrics = folder.resolve("load-metrics.json");
        try (ModelServer server = ModelServer.start(model, ServerOptions.loopback().withErrorRate(0.5).withSeed(5))) {
            Result result = modelci("check", "load", "--url", server.predictUri().toString(), "--requests-file",
                    requests.toString(), "--rate", "200", "--requests", "100", "--concurrency", "8", "--json",
                    "--out", metrics.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("\"check\" : \"load\"", "\"scheduled_requests\" : 100");
            var parsed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(metrics.toFile()).get("metrics");
            assertThat(parsed.get("error_rate").doubleValue()).isBetween(0.3, 0.7);
            assertThat(parsed.get("requests").intValue()).isEqualTo(100);
            for (String name : List.of("latency_p50_ms", "latency_p90_ms", "latency_p99_ms", "latency_p999_ms",
                    "latency_max_ms", "throughput_rps", "timeouts")) {
                assertThat(parsed.has(name)).as(name).isTrue();
            }
            Metrics fromFile = MetricFiles.read(metrics);
            Metrics fromReport = MetricFiles.read(Files.writeString(folder.resolve("load-report.json"), result.out()));
            assertThat(fromFile.values()).containsKeys("latency_p99_ms", "error_rate", "throughput_rps")
                    .isEqualTo(fromReport.values());
        }
    }

    @Test
    void shouldExitWithTwoOnBadLoadInput(@TempDir final Path folder) throws Exception {
        Path requests = folder.resolve("requests.jsonl");
        Files.write(requests, List.of("{\"a\":1}", "{not json"));

        Result badFile = modelci("check", "load", "--url", "http://127.0.0.1:9/predict", "--requests-file",
                requests.toString(), "--rate", "10", "--requests", "5");
        Result badDuration = modelci("check", "load", "--url", "http://127.0.0.1:9/predict", "--requests-file",
                requests.toString(), "--rate", "10", "--duration", "soon");
        Result both = modelci("check", "load", "--url", "http://127.0.0.1:9/predict", "--requests-file",
                requests.toString(), "--rate", "10", "--duration", "1s", "--requests", "5");

        assertThat(badFile.exitCode()).isEqualTo(2);
        assertThat(badFile.err()).contains(requests + ":2: not JSON");
        assertThat(badDuration.exitCode()).isEqualTo(2);
        assertThat(badDuration.err()).contains("'duration'");
        assertThat(both.exitCode()).isEqualTo(2);
    }
}
