package io.modelci.registry;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a caller registers: the content of a new model version. The registry assigns the number.
 *
 * @param artifacts the files, at least one
 * @param params training parameters (name to value as text)
 * @param metrics training metrics (NaN and infinities allowed)
 * @param lineage where it came from; {@code lineage.who()} is required
 * @param tags free key/value labels
 * @param description a description of the model, used only when this registration creates the model; may be null
 */
public record NewVersion(List<Artifact> artifacts, Map<String, String> params, Map<String, Double> metrics,
        Lineage lineage, Map<String, String> tags, String description) {
    public NewVersion {
        artifacts = List.copyOf(artifacts);
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
        metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
        tags = java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
        if (lineage == null) {
            throw new IllegalArgumentException("lineage is required (at least who registers)");
        }
    }

    /** A version with artifacts, metrics and lineage only. */
    public static NewVersion of(final List<Artifact> artifacts, final Map<String, Double> metrics,
            final Lineage lineage) {
        return new NewVersion(artifacts, Map.of(), metrics, lineage, Map.of(), null);
    }
}
