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
 * <p>The metrics file is a Model CI metrics document (docs/metrics.md): {@code {"metrics": {name: number},
 * "histories": {"loss": [{"step": epoch, "value": v}, ...], "val_loss": [...], "val_auc": [...]},
 * "params": {...}}}, keys sorted; the history's step is the epoch (1, 2, ...).
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
        ObjectNode histories = root.putObject("histories");
        boolean hasValidation = result.history().stream().noneMatch(e -> Double.isNaN(e.validationLoss()));
        ArrayNode loss = histories.putArray("loss");
        ArrayNode validationAuc = hasValidation ? histories.putArray("val_auc") : null;
        ArrayNode validationLoss = hasValidation ? histories.putArray("val_loss") : null;
        for (EpochMetrics epoch : result.history()) {
            point(loss, epoch.epoch(), epoch.loss());
            if (hasValidation) {
                point(validationLoss, epoch.epoch(), epoch.validationLoss());
                point(validationAuc, epoch.epoch(), epoch.validationAuc());
            }
        }
        root.set("params", LogisticModel.JSON.valueToTree(result.model().getDocument().params()));
        return root;
    }

    /** One history point; NaN and infinities as the strings Model CI's metrics documents use. */
    private static void point(final ArrayNode history, final int epoch, final double value) {
        ObjectNode point = history.addObject();
        point.put("step", epoch);
        if (Double.isFinite(value)) {
            point.put("value", value);
        }
        else {
            point.put("value", Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
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
