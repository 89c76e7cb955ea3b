package io.modelci.check;

import io.modelci.InputException;
import io.modelci.demo.CsvTable;
import io.modelci.demo.GoldenFiles;
import io.modelci.demo.ModelServer;
import io.modelci.demo.ServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelVerifierTest {
    private static CsvTable churn() {
        Path data = Files.isRegularFile(Path.of("../examples/data/churn.csv"))
                ? Path.of("../examples/data/churn.csv") : Path.of("examples/data/churn.csv");
        return CsvTable.read(data);
    }

    @Test
    void shouldRunGoldenThenLoadAndMergeTheirMetrics(@TempDir final Path folder) throws Exception {
        var inputs = GoldenFiles.inputs(ServedModel.model(), churn(), true, 10);
        Path golden = folder.resolve("golden.jsonl");
        Path requests = folder.resolve("requests.jsonl");
        GoldenFiles.writeGolden(golden, ServedModel.model(), inputs);
        GoldenFiles.writeRequests(requests, inputs);

        try (ModelServer server = ModelServer.start(ServedModel.model(), ServerOptions.loopback())) {
            VerificationResult result = new ModelVerifier(server.predictUri())
                    .golden(golden, new GoldenComparator(1e-12, 0, null))
                    .load(requests, 100, null, 30, 8, Duration.ofSeconds(5))
                    .verify();

            assertThat(result.goldenPassed()).isTrue();
            assertThat(result.metrics()).containsEntry("golden_rows", 10.0).containsEntry("golden_mismatches", 0.0)
                    .containsEntry("requests", 30.0).containsEntry("error_rate", 0.0).containsKey("latency_p99_ms");
            assertThat(server.requestCount()).isEqualTo(40);
            assertThat(CheckReports.toText(result.toJson())).contains("\"golden\" : {", "\"load\" : {",
                    "\"check\" : \"load\"");
            assertThat(result.toText()).contains("10 rows, 0 mismatches", "PASS", "30 requests at 100/s");
        }
    }

    @Test
    void shouldFailTheGoldenCheckAgainstAnotherModel(@TempDir final Path folder) throws Exception {
        Path golden = folder.resolve("golden.csv");
        Files.writeString(golden, "state,international_plan,expected_label\nKS,yes,maybe\n");

        try (ModelServer server = ModelServer.start(ServedModel.model(), ServerOptions.loopback())) {
            VerificationResult result = new ModelVerifier(server.predictUri())
                    .golden(golden, new GoldenComparator(0, 0, null)).verify();

            assertThat(result.goldenPassed()).isFalse();
            assertThat(result.load()).isNull();
            assertThat(result.metrics()).containsEntry("golden_mismatches", 1.0).doesNotContainKey("latency_p50_ms");
        }
    }

    @Test
    void shouldRejectARequestFileWithABadLineBeforeSendingAnything(@TempDir final Path folder) throws Exception {
        Path requests = folder.resolve("requests.jsonl");
        Files.writeString(requests, "{\"a\":1}\n{broken\n");

        assertThatThrownBy(() -> new ModelVerifier(java.net.URI.create("http://127.0.0.1:9/predict"))
                .load(requests, 10, null, 5, 1, Duration.ofSeconds(1)).verify())
                .isInstanceOf(InputException.class).hasMessageStartingWith(requests + ":2: not JSON");
    }
}
