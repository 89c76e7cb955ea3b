package io.modelci.registry;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * An evaluation summary attached to a version: the metrics it scored on one data set.
 *
 * @param name a name for the evaluation, unique per version ({@code holdout}, {@code eval-2026-11})
 * @param datasetFingerprint the fingerprint of the data set it was scored on
 * @param metrics metric name to value (NaN and infinities allowed), sorted by name
 * @param at when it was attached
 */
public record Evaluation(String name, String datasetFingerprint, Map<String, Double> metrics, Instant at) {
    public Evaluation {
        metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
    }
}
