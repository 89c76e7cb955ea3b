package io.modelci.registry;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One registered version of a model, as stored.
 *
 * @param model the model name
 * @param version 1, 2, 3… per model
 * @param state candidate or archived
 * @param created when it was registered
 * @param artifacts its files with digests and sizes
 * @param params training parameters
 * @param metrics training metrics (NaN and infinities round-trip)
 * @param evaluations evaluation summaries, by evaluation name
 * @param lineage where it came from
 * @param tags free key/value labels
 */
public record ModelVersion(String model, int version, VersionState state, Instant created,
        List<Artifact> artifacts, Map<String, String> params, Map<String, Double> metrics,
        Map<String, Evaluation> evaluations, Lineage lineage, Map<String, String> tags) {
    public ModelVersion {
        artifacts = List.copyOf(artifacts);
        params = Collections.unmodifiableMap(new TreeMap<>(params));
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
        evaluations = Collections.unmodifiableMap(new TreeMap<>(evaluations));
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
    }
}
