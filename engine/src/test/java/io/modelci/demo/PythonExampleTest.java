package io.modelci.demo;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the scikit-learn example (examples/python) when a Python with scikit-learn is installed; Debian's
 * {@code python3-sklearn} is enough. Skipped, saying why, where there is none.
 */
class PythonExampleTest {
    private static String python;

    @BeforeAll
    static void findPythonWithScikitLearn() {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process probe = new ProcessBuilder(candidate, "-c", "import sklearn, numpy")
                        .redirectErrorStream(true).start();
                if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    python = candidate;
                    return;
                }
                probe.destroyForcibly();
            }
            catch (IOException | InterruptedException e) {
                // Not installed here; try the next one.
            }
        }
        Assumptions.abort("no python3 with scikit-learn found (tried /usr/bin/python3 and python3 on PATH); "
                + "install Debian's python3-sklearn to run the Python example test");
    }

    private static Path script(final String name) {
        Path fromModule = Path.of("../examples/python", name);
        return Files.isRegularFile(fromModule) ? fromModule : Path.of("examples/python", name);
    }

    private static String run(final String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(python);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void shouldTrainAndScoreOnTheSameHoldoutRowsAsTheJavaTrainer(@TempDir final Path folder) throws Exception {
        String output = run(script("train.py").toString(), "--data", ChurnData.path().toString(),
                "--out", folder.toString(), "--epochs", "5");

        assertThat(output.lines().filter(l -> l.matches("epoch \\d+ loss=\\d\\.\\d{4} val_loss=\\d\\.\\d{4} "
                + "val_auc=\\d\\.\\d{4}")).count()).isEqualTo(5);
        JsonAssert metrics = new JsonAssert(folder.resolve("metrics.json"));
        // Measured: 0.821 after 5 epochs.
        assertThat(metrics.number("metrics", "holdout_auc")).isGreaterThan(0.78);
        assertThat(metrics.size("histories", "val_auc")).isEqualTo(5);
        io.modelci.metrics.Metrics read = io.modelci.metrics.MetricFiles.read(folder.resolve("metrics.json"));
        assertThat(read.values()).containsKeys("holdout_auc", "holdout_log_loss", "val_auc")
                .allSatisfy((name, value) -> assertThat(name).doesNotContain("."));
        assertThat(read.history("val_auc")).extracting(io.modelci.metrics.MetricPoint::step)
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(read.params()).containsEntry("epochs", "5");

        List<String> pythonRows = Files.readAllLines(folder.resolve("predictions.csv"));
        List<Prediction> javaRows = new LogisticTrainer(TrainerOptions.defaults().withHyperparameters(0.05, 1, 1e-4))
                .train(ChurnData.table(), e -> { }).holdoutPredictions();
        assertThat(pythonRows.get(0)).isEqualTo("id,label,score,area_code,state");
        assertThat(pythonRows.subList(1, pythonRows.size()).stream().map(l -> l.split(",")[0]).toList())
                .isEqualTo(javaRows.stream().map(Prediction::id).toList());

        Path rescored = folder.resolve("rescored.csv");
        run(script("score.py").toString(), "--model", folder.resolve("model.pkl").toString(),
                "--data", ChurnData.path().toString(), "--out", rescored.toString());
        assertThat(Files.readAllLines(rescored)).isEqualTo(pythonRows);
    }

    /** Reads numbers out of a JSON file without more ceremony than the test needs. */
    private static final class JsonAssert {
        private final com.fasterxml.jackson.databind.JsonNode root;

        JsonAssert(final Path file) throws IOException {
            root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        }

        double number(final String object, final String field) {
            return root.get(object).get(field).doubleValue();
        }

        int size(final String object, final String field) {
            return root.get(object).get(field).size();
        }
    }
}
