package io.modelci.demo;

import io.modelci.eval.EvaluationResult;
import io.modelci.eval.SliceResult;
import io.modelci.gate.MetricSet;
import io.modelci.registry.Artifact;
import io.modelci.registry.Lineage;
import io.modelci.registry.NewVersion;
import io.modelci.run.TrainingRun;
import io.modelci.run.UsedGpu;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Conversions between the engine's records that the demo needs: a run to a registry version, an evaluation to a metric set. */
final class DemoRecords {
    private DemoRecords() {
    }

    /** The version a finished run becomes, as {@code modelci train --register} records it, plus the demo's tags. */
    static NewVersion versionOf(final TrainingRun run, final String who, final Map<String, String> tags,
            final String description) {
        Path root = Path.of(run.workingDir());
        List<Artifact> artifacts = run.artifacts().stream()
                .map(a -> new Artifact(root.resolve(a.path()).toString(), a.sha256(), a.size())).toList();
        io.modelci.run.Lineage lineage = run.lineage();
        String image = lineage.imageDigest() != null ? lineage.imageDigest() : lineage.image();
        List<String> gpus = lineage.gpus().stream().map(UsedGpu::uuid).toList();
        Map<String, String> allTags = new TreeMap<>(tags);
        allTags.put("status", run.status().name());
        return new NewVersion(artifacts, run.params(), run.metrics().values(),
                new Lineage(lineage.sourceCommit(), lineage.dataFingerprint(), image, gpus, null, who), allTags,
                description);
    }

    /** An evaluation as the gate's point-metric input (overall and per slice), for the first model. */
    static MetricSet metricSet(final EvaluationResult evaluation) {
        Map<String, Map<String, MetricSet>> slices = new TreeMap<>();
        evaluation.slices().forEach((column, values) -> {
            Map<String, MetricSet> byValue = new TreeMap<>();
            for (Map.Entry<String, SliceResult> value : values.entrySet()) {
                byValue.put(value.getKey(), new MetricSet(value.getValue().rows(), value.getValue().metrics(),
                        Map.of(), null));
            }
            slices.put(column, byValue);
        });
        return new MetricSet(evaluation.rows(), evaluation.metrics(), slices, evaluation.datasetSha256());
    }
}
