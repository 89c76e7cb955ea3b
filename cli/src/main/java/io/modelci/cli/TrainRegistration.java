package io.modelci.cli;

import io.modelci.registry.Artifact;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.Lineage;
import io.modelci.registry.ModelVersion;
import io.modelci.registry.NewVersion;
import io.modelci.run.TrainingRun;
import io.modelci.run.UsedGpu;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Registers a finished training run as a new candidate version: what {@code modelci train --register} does. */
final class TrainRegistration {
    private TrainRegistration() {
    }

    /** The version a run becomes: its artifacts (by absolute path), metrics, params and lineage. */
    static NewVersion versionOf(final TrainingRun run, final String who, final String buildUrl) {
        Path root = Path.of(run.workingDir());
        List<Artifact> artifacts = run.artifacts().stream()
                .map(a -> new Artifact(root.resolve(a.path()).toString(), a.sha256(), a.size())).toList();
        io.modelci.run.Lineage lineage = run.lineage();
        String image = lineage.imageDigest() != null ? lineage.imageDigest() : lineage.image();
        List<String> gpus = lineage.gpus().stream().map(UsedGpu::uuid).toList();
        return new NewVersion(artifacts, run.params(), run.metrics().values(),
                new Lineage(lineage.sourceCommit(), lineage.dataFingerprint(), image, gpus, buildUrl, who),
                Map.of("status", run.status().name()), null);
    }

    static ModelVersion register(final TrainingRun run, final RegistryOptions options) {
        try (JdbcRegistry registry = options.open()) {
            return registry.register(run.model(), versionOf(run, options.who(), options.buildUrl));
        }
    }
}
