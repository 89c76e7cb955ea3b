package io.modelci.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTest {
    @TempDir
    Path dir;

    private static Path resource(final String name) throws URISyntaxException {
        return Path.of(EvaluatorTest.class.getResource("/eval/conformance/" + name).toURI());
    }

    @Test
    void shouldBootstrapReproducibleIntervalsAroundTheMetrics() throws URISyntaxException {
        Predictions p = PredictionsReader.read(resource("binary_regular.csv"), ReadOptions.of(Task.BINARY));
        EvaluationOptions options = EvaluationOptions.defaults().withBootstrap(200, 0.9, 3);

        EvaluationResult twoThreads = Evaluator.evaluate(p, options.withThreads(2));
        EvaluationResult oneThread = Evaluator.evaluate(p, options.withThreads(1));

        assertThat(twoThreads.intervals()).isEqualTo(oneThread.intervals());
        assertThat(twoThreads.intervals()).containsKeys("accuracy", "roc_auc", "log_loss", "average_precision");
        Interval auc = twoThreads.interval("roc_auc").orElseThrow();
        assertThat(auc.low()).isLessThan(twoThreads.metrics().get("roc_auc"));
        assertThat(auc.high()).isGreaterThan(twoThreads.metrics().get("roc_auc"));
        assertThat(auc.high() - auc.low()).isBetween(0.01, 0.2);
    }

    @Test
    void shouldReportSmallSlicesAsTooSmall() throws URISyntaxException {
        Predictions p = PredictionsReader.read(resource("binary_slices.csv"),
                ReadOptions.of(Task.BINARY).withSliceBy(List.of("region")));

        EvaluationResult result = Evaluator.evaluate(p, EvaluationOptions.defaults().withMinSliceSize(50));

        assertThat(result.slices().get("region")).containsOnlyKeys("apac", "eu", "tiny", "us");
        SliceResult tiny = result.slices().get("region").get("tiny");
        assertThat(tiny.tooSmall()).isTrue();
        assertThat(tiny.metrics()).isEmpty();
        SliceResult eu = result.slices().get("region").get("eu");
        assertThat(eu.tooSmall()).isFalse();
        assertThat(eu.metrics()).containsKeys("accuracy", "roc_auc");
        assertThat(result.slices().get("region").values().stream().mapToLong(SliceResult::rows).sum())
                .isEqualTo(result.rows());
    }

    @Test
    void shouldWarnAndLeaveOutUndefinedMetrics() throws URISyntaxException {
        Predictions p = PredictionsReader.read(resource("binary_one_class.csv"), ReadOptions.of(Task.BINARY));

        EvaluationResult result = Evaluator.evaluate(p, EvaluationOptions.defaults());

        assertThat(result.metrics()).doesNotContainKeys("roc_auc", "average_precision").containsKey("accuracy");
        assertThat(result.warnings()).anyMatch(w -> w.contains("roc_auc") && w.contains("one class"));
    }

    @Test
    void shouldRoundTripThroughJson() throws URISyntaxException, IOException {
        Predictions p = PredictionsReader.read(resource("multiclass_strings.csv"), ReadOptions.of(Task.MULTICLASS));
        EvaluationResult result = Evaluator.evaluate(p, EvaluationOptions.defaults().withBootstrap(20, 0.95, 1));
        Path file = dir.resolve("evaluation.json");
        Files.writeString(file, EvaluationJson.write(result, true));

        EvaluationResult read = EvaluationJson.read(file);

        assertThat(read.metrics()).isEqualTo(result.metrics());
        assertThat(read.intervals()).isEqualTo(result.intervals());
        assertThat(read.confusionMatrix()).isEqualTo(result.confusionMatrix());
        assertThat(read).isEqualTo(result);
        assertThat(EvaluationJson.write(read, false)).startsWith("{\"task\":\"multiclass\",\"rows\":400,\"metrics\":{")
                .contains("\"dataset_sha256\":\"" + p.sha256().orElseThrow() + "\"");
    }
}
