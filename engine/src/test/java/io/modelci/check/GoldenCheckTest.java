package io.modelci.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.demo.JsonRowScorer;
import io.modelci.demo.ModelServer;
import io.modelci.demo.ServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoldenCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ROWS = {
            "{\"state\":\"KS\",\"international_plan\":\"yes\",\"number_customer_service_calls\":5}",
            "{\"state\":\"OH\",\"total_day_minutes\":161.6,\"voice_mail_plan\":\"yes\"}",
            "{\"state\":\"NJ\",\"total_day_minutes\":299.4,\"international_plan\":\"yes\"}",
    };

    /** Golden lines with the model's own answers, the score shifted by {@code shift} on the row {@code shifted}. */
    private static Path golden(final Path folder, final double shift, final int shifted) throws Exception {
        JsonRowScorer scorer = new JsonRowScorer(ServedModel.model());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ROWS.length; i++) {
            var answer = (com.fasterxml.jackson.databind.node.ObjectNode) scorer.score(JSON.readTree(ROWS[i]));
            if (i == shifted) {
                answer.put("score", answer.get("score").doubleValue() + shift);
            }
            lines.add("{\"input\":" + ROWS[i] + ",\"expected\":" + JSON.writeValueAsString(answer) + "}");
        }
        Path file = folder.resolve("golden.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void shouldPassWhenTheServedModelReproducesTheGoldenAnswers(@TempDir final Path folder) throws Exception {
        try (ModelServer server = ModelServer.start(ServedModel.model(), ServerOptions.loopback())) {
            GoldenReport report = new GoldenCheck(new GoldenComparator(1e-9, 0, null), 5)
                    .run(GoldenSet.read(golden(folder, 0, -1)), new HttpTarget(server.predictUri(), Duration.ofSeconds(5)));

            assertThat(report.passed()).isTrue();
            assertThat(report.metrics()).containsEntry("golden_rows", 3.0).containsEntry("golden_mismatches", 0.0);
        }
    }

    @Test
    void shouldReportAScoreOutsideTheToleranceWithItsLine(@TempDir final Path folder) throws Exception {
        Path file = golden(folder, 0.01, 1);
        try (ModelServer server = ModelServer.start(ServedModel.model(), ServerOptions.loopback())) {
            HttpTarget target = new HttpTarget(server.predictUri(), Duration.ofSeconds(5));
            GoldenReport strict = new GoldenCheck(new GoldenComparator(0.001, 0, null), 5)
                    .run(GoldenSet.read(file), target);
            GoldenReport loose = new GoldenCheck(new GoldenComparator(0.02, 0, null), 5)
                    .run(GoldenSet.read(file), target);

            assertThat(strict.mismatches()).isEqualTo(1);
            assertThat(strict.firstMismatches()).singleElement().satisfies(m -> {
                assertThat(m.line()).isEqualTo(2);
                assertThat(m.reason()).startsWith("'score': expected").contains("off by");
            });
            assertThat(loose.passed()).isTrue();
        }
    }

    @Test
    void shouldCountServerErrorsAsMismatches(@TempDir final Path folder) throws Exception {
        try (ModelServer server = ModelServer.start(ServedModel.model(), ServerOptions.loopback().withErrorRate(1))) {
            GoldenReport report = new GoldenCheck(new GoldenComparator(1e-9, 0, null), 2)
                    .run(GoldenSet.read(golden(folder, 0, -1)), new HttpTarget(server.predictUri(), Duration.ofSeconds(5)));

            assertThat(report.mismatches()).isEqualTo(3);
            assertThat(report.failures()).isEqualTo(3);
            assertThat(report.firstMismatches()).hasSize(2).allSatisfy(m -> assertThat(m.reason()).startsWith("HTTP 500"));
        }
    }

    @Test
    void shouldRunACommandThatAnswersOnItsStandardOutput(@TempDir final Path folder) throws Exception {
        Path file = folder.resolve("golden.csv");
        Files.writeString(file, "name,count,expected_name,expected_count\nada,3,ada,3\nbob,4,bob,5\n");

        // cat answers each input with itself: a real process speaking JSON Lines.
        GoldenReport report = new GoldenCheck(new GoldenComparator(0, 0, null), 5)
                .run(GoldenSet.read(file), new CommandTarget("cat", Duration.ofSeconds(10), null));

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.mismatches()).isEqualTo(1);
        assertThat(report.firstMismatches().get(0).line()).isEqualTo(3);
        assertThat(report.firstMismatches().get(0).reason()).isEqualTo("'count': expected 5, got 4 (off by 1.0)");
    }

    @Test
    void shouldFailEveryRowWhenTheCommandFails(@TempDir final Path folder) throws Exception {
        Path file = folder.resolve("golden.csv");
        Files.writeString(file, "x,expected\n1,1\n2,2\n");

        GoldenReport report = new GoldenCheck(new GoldenComparator(0, 0, null), 5)
                .run(GoldenSet.read(file), new CommandTarget("echo broken >&2; exit 4", Duration.ofSeconds(10), null));

        assertThat(report.failures()).isEqualTo(2);
        assertThat(report.firstMismatches().get(0).reason()).contains("exited with 4").contains("broken");
    }

    @Test
    void shouldKillACommandThatRunsPastItsTimeout(@TempDir final Path folder) throws Exception {
        Path file = folder.resolve("golden.csv");
        Files.writeString(file, "x,expected\n1,1\n");

        GoldenReport report = new GoldenCheck(new GoldenComparator(0, 0, null), 5)
                .run(GoldenSet.read(file), new CommandTarget("sleep 30", Duration.ofMillis(300), null));

        assertThat(report.firstMismatches().get(0).reason()).contains("did not finish within 300 ms");
    }
}
