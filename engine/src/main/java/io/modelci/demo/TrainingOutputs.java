package io.modelci.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes a training run's files into a folder: {@value #MODEL}, {@value #METRICS} and {@value #PREDICTIONS}.
 *
 * <p>The metrics file is {@code {"metrics": {name: number}, "history": {"epoch": [...], "loss": [...],
 * "val_loss": [...], "val_auc": [...]}, "params": {...}}}, keys sorted.
 */
public final class TrainingOutputs {
    public static final String MODEL = "model.json";
    public static final String METRICS = "metrics.json";
    public static final String PREDICTIONS = "predictions.csv";

    private TrainingOutputs() {
    }

    public static void write(final TrainingResult result, final Path folder) {
        result.model().write(folder.resolve(MODEL));
        PredictionsCsv.write(folder.resolve(PREDICTIONS), result.model().getDocument().sliceColumns(),
                result.holdoutPredictions());
        writeJson(folder.resolve(METRICS), metricsDocument(result));
    }

    /** The metrics file's content. */
    public static ObjectNode metricsDocument(final TrainingResult result) {
        ObjectNode root = LogisticModel.JSON.createObjectNode();
        ObjectNode metrics = root.putObject("metrics");
        for (Map.Entry<String, Double> metric : result.metrics().entrySet()) {
            if (Double.isFinite(metric.getValue())) {
                metrics.put(metric.getKey(), metric.getValue());
            }
        }
        ObjectNode history = root.putObject("history");
        ArrayNode epochs = history.putArray("epoch");
        ArrayNode loss = history.putArray("loss");
        boolean hasValidation = result.history().stream().noneMatch(e -> Double.isNaN(e.validationLoss()));
        ArrayNode validationAuc = hasValidation ? history.putArray("val_auc") : null;
        ArrayNode validationLoss = hasValidation ? history.putArray("val_loss") : null;
        for (EpochMetrics epoch : result.history()) {
            epochs.add(epoch.epoch());
            loss.add(epoch.loss());
            if (hasValidation) {
                validationLoss.add(epoch.validationLoss());
                validationAuc.add(epoch.validationAuc());
            }
        }
        root.set("params", LogisticModel.JSON.valueToTree(result.model().getDocument().params()));
        return root;
    }

    static void writeJson(final Path file, final Object content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".metrics", ".tmp");
            LogisticModel.JSON.writeValue(temporary.toFile(), content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
