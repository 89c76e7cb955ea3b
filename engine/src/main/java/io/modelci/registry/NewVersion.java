package io.modelci.registry;

import io.modelci.run.TrainingRun;
import io.modelci.run.UsedGpu;

import java.nio.file.Path;
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

    /**
     * The version a finished training run becomes: its artifacts by absolute path, params, metrics and lineage (the
     * image's digest when known, else its name; the GPUs by UUID), tagged with the run's status.
     *
     * @param buildUrl the build that ran it, or null
     * @param tags more tags, beside {@code status}
     * @param description see {@link #description()}; may be null
     */
    public static NewVersion ofRun(final TrainingRun run, final String who, final String buildUrl,
            final Map<String, String> tags, final String description) {
        Path root = Path.of(run.workingDir());
        List<Artifact> artifacts = run.artifacts().stream()
                .map(a -> new Artifact(root.resolve(a.path()).toString(), a.sha256(), a.size())).toList();
        io.modelci.run.Lineage lineage = run.lineage();
        String image = lineage.imageDigest() != null ? lineage.imageDigest() : lineage.image();
        List<String> gpus = lineage.gpus().stream().map(UsedGpu::uuid).toList();
        Map<String, String> allTags = new TreeMap<>(tags);
        allTags.put("status", run.status().name());
        return new NewVersion(artifacts, run.params(), run.metrics().values(),
                new Lineage(lineage.sourceCommit(), lineage.dataFingerprint(), image, gpus, buildUrl, who), allTags,
                description);
    }
}
