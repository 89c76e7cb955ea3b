package io.modelci.demo;

import io.modelci.metrics.MetricFiles;
import io.modelci.metrics.MetricPoint;
import io.modelci.metrics.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogisticTrainerTest {
    private static final TrainerOptions DEFAULTS = TrainerOptions.defaults();

    @Test
    void shouldLearnChurnToAnAucWellAboveChance() {
        List<EpochMetrics> epochs = new ArrayList<>();

        TrainingResult result = new LogisticTrainer(DEFAULTS).train(ChurnData.table(), epochs::add);

        // Measured on this data with the defaults: 0.824 (holdout of 993 rows); chance is 0.5.
        assertThat(result.metrics().get("holdout_auc")).isGreaterThan(0.80);
        assertThat(result.metrics().get("holdout_rows")).isEqualTo(993.0);
        assertThat(epochs).hasSize(20);
        assertThat(epochs.get(19).loss()).isLessThan(epochs.get(0).loss());
        assertThat(epochs.get(0).toLogLine()).matches("epoch 1 loss=0\\.\\d{4} val_loss=0\\.\\d{4} val_auc=0\\.\\d{4}");
        assertThat(result.holdoutPredictions()).hasSize(993);
        assertThat(result.model().getDocument().positive()).isEqualTo("yes");
        assertThat(result.model().getDocument().sliceColumns()).containsExactly("area_code", "state");
    }

    @Test
    void shouldBendWithQuantileBins() {
        TrainingResult linear = new LogisticTrainer(DEFAULTS).train(ChurnData.table(), e -> { });
        TrainingResult binned = new LogisticTrainer(DEFAULTS.withNumericBins(10)
                .withHyperparameters(0.1, 30, 1e-4)).train(ChurnData.table(), e -> { });

        // Measured: 0.876 against 0.824; churn depends on calls and minutes in ways a line cannot follow.
        assertThat(binned.metrics().get("holdout_auc")).isGreaterThan(0.86)
                .isGreaterThan(linear.metrics().get("holdout_auc") + 0.03);
    }

    @Test
    void shouldScoreWorseWithADeliberatelyPoorFeatureSubset() {
        TrainingResult good = new LogisticTrainer(DEFAULTS).train(ChurnData.table(), e -> { });
        TrainingResult poor = new LogisticTrainer(DEFAULTS.withFeatures(
                List.of("account_length", "area_code", "total_night_calls"))).train(ChurnData.table(), e -> { });

        // Measured: 0.506, no better than chance.
        assertThat(poor.metrics().get("holdout_auc")).isLessThan(0.6)
                .isLessThan(good.metrics().get("holdout_auc") - 0.2);
        assertThat(poor.holdoutPredictions()).extracting(Prediction::id)
                .containsExactlyElementsOf(good.holdoutPredictions().stream().map(Prediction::id).toList());
    }

    @Test
    void shouldGiveTheSameModelForTheSameSeedAndAnotherForAnother() {
        TrainerOptions options = DEFAULTS.withHyperparameters(0.05, 3, 1e-4);
        TrainingResult first = new LogisticTrainer(options).train(ChurnData.table(), e -> { });
        TrainingResult second = new LogisticTrainer(options).train(ChurnData.table(), e -> { });
        TrainingResult otherSeed = new LogisticTrainer(options.withSeed(2)).train(ChurnData.table(), e -> { });

        assertThat(second.holdoutPredictions()).isEqualTo(first.holdoutPredictions());
        assertThat(second.model().getDocument().bias()).isEqualTo(first.model().getDocument().bias());
        assertThat(otherSeed.holdoutPredictions()).isNotEqualTo(first.holdoutPredictions());
    }

    @Test
    void shouldWriteFilesWhoseModelScoresTheHoldoutRowsExactlyAsTrained(@TempDir final Path folder)
            throws Exception {
        TrainingResult result = new LogisticTrainer(DEFAULTS.withHyperparameters(0.05, 2, 1e-4)
                .withNumericBins(4)).train(ChurnData.table(), e -> { });

        TrainingOutputs.write(result, folder);
        LogisticModel reread = LogisticModel.read(folder.resolve(TrainingOutputs.MODEL));
        List<Prediction> rescored = ModelScorer.score(reread, ChurnData.table(), true);

        assertThat(rescored).isEqualTo(result.holdoutPredictions());
        List<String> lines = Files.readAllLines(folder.resolve(TrainingOutputs.PREDICTIONS));
        assertThat(lines.get(0)).isEqualTo("id,label,score,area_code,state");
        assertThat(lines).hasSize(994);
        Metrics metrics = MetricFiles.read(folder.resolve(TrainingOutputs.METRICS));
        assertThat(metrics.value("holdout_auc")).contains(result.metrics().get("holdout_auc"));
        assertThat(metrics.history("val_loss")).extracting(MetricPoint::step).containsExactly(1L, 2L);
        assertThat(metrics.history("loss")).extracting(MetricPoint::value)
                .containsExactly(result.history().get(0).loss(), result.history().get(1).loss());
        assertThat(metrics.params()).containsEntry("learning_rate", "0.05");
        assertThat(ModelScorer.score(reread, ChurnData.table(), false)).hasSize(5000);
    }

    @Test
    void shouldScoreJsonRowsLikeCsvRows() {
        TrainingResult result = new LogisticTrainer(DEFAULTS.withHyperparameters(0.05, 2, 1e-4))
                .train(ChurnData.table(), e -> { });
        CsvTable table = ChurnData.table();
        String[] row = table.row(0);
        com.fasterxml.jackson.databind.node.ObjectNode json =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (int c = 0; c < row.length; c++) {
            String value = row[c];
            if (value.matches("-?\\d+(\\.\\d+)?")) {
                json.put(table.getHeader().get(c), Double.parseDouble(value));
            }
            else {
                json.put(table.getHeader().get(c), value);
            }
        }

        double viaJson = new JsonRowScorer(result.model()).score(json).get("score").doubleValue();
        double viaCsv = ModelScorer.score(result.model(), table, false).get(0).score();

        assertThat(viaJson).isCloseTo(viaCsv, within(1e-12));
    }
}
