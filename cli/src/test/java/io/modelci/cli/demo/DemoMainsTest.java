package io.modelci.cli.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DemoMainsTest {
    @Test
    void shouldTrainPrintingEpochsAndWriteModelMetricsAndPredictions(@TempDir final Path folder) throws Exception {
        DemoFixtures.Outcome outcome = DemoFixtures.run(new TrainMain(), "--data", DemoFixtures.churnCsv().toString(),
                "--out", folder.toString(), "--epochs", "3", "--bins", "4", "--learning-rate", "0.1");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out().lines().filter(l -> l.startsWith("epoch ")).toList()).hasSize(3)
                .last().asString().matches("epoch 3 loss=\\d\\.\\d{4} val_loss=\\d\\.\\d{4} val_auc=\\d\\.\\d{4}");
        assertThat(outcome.out()).contains("holdout_auc=0.");
        assertThat(folder.resolve("model.json")).content().contains("\"format\" : \"modelci-logistic-v1\"",
                "\"type\" : \"binned\"", "\"learning_rate\" : 0.1");
        assertThat(folder.resolve("metrics.json")).content().contains("\"val_auc\" : [");
        assertThat(Files.readAllLines(folder.resolve("predictions.csv")).get(0)).isEqualTo("id,label,score,area_code,state");
    }

    @Test
    void shouldScoreTheSameHoldoutRowsAsTheTrainerWrote(@TempDir final Path folder) throws Exception {
        Path model = DemoFixtures.trainQuickModel(folder);
        Path scored = folder.resolve("champion-predictions.csv");

        DemoFixtures.Outcome outcome = DemoFixtures.run(new ScoreMain(), "--model", model.toString(),
                "--data", DemoFixtures.churnCsv().toString(), "--out", scored.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(Files.readAllLines(scored)).isEqualTo(Files.readAllLines(folder.resolve("predictions.csv")));
    }

    @Test
    void shouldExitWithTwoNamingTheMissingColumn(@TempDir final Path folder) {
        DemoFixtures.Outcome outcome = DemoFixtures.run(new TrainMain(), "--data", DemoFixtures.churnCsv().toString(),
                "--out", folder.toString(), "--features", "no_such_column");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("'features'").contains("no_such_column");
    }

    @Test
    void shouldServeTheModelFromItsOwnProcess(@TempDir final Path folder) throws Exception {
        Path model = DemoFixtures.trainQuickModel(folder);
        List<String> command = new ArrayList<>(List.of(DemoFixtures.javaCommand(ServeMain.class.getName())));
        command.addAll(List.of("--model", model.toString(), "--port", "0", "--stop-after", "60s"));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String firstLine = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertThat(firstLine).matches("listening on http://127\\.0\\.0\\.1:\\d+/predict");

            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(firstLine.substring("listening on ".length())))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "[{\"state\":\"KS\",\"international_plan\":\"yes\"},{\"state\":\"OH\"}]")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).matches("\\[\\{\"label\":\"(yes|no)\",\"score\":0\\.\\d+.*\\}\\]");
        }
        finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
