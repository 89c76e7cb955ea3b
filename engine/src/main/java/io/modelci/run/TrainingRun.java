package io.modelci.run;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelci.metrics.Metrics;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record of one training run: how it ended, what it measured and produced, and where it came from.
 * Serialises to JSON with {@link TrainingRunJson}.
 *
 * @param model the model's name, or null
 * @param status how the run ended
 * @param reason why it ended so, in words (exit code, timeout, who aborted)
 * @param exitCode the command's exit code, or null when it was killed or never started
 * @param startedAt when it started, ISO-8601 UTC
 * @param endedAt when it ended, ISO-8601 UTC
 * @param durationMillis how long it ran
 * @param command the argv that ran (the {@code docker run} line for an image)
 * @param workingDir the working directory
 * @param metrics the metrics: latest values, per-step histories, non-numeric values (the same document as
 *        {@code modelci metrics} writes)
 * @param artifacts the files it produced, sorted by path
 * @param params the run's parameters
 * @param lineage source commit, data fingerprint, image, GPUs, host
 * @param logFile the log file, relative to the working directory, or null
 * @param warnings things worth knowing that did not fail the run (a glob that matched nothing)
 */
public record TrainingRun(String model, RunStatus status, String reason, Integer exitCode, String startedAt,
        String endedAt, long durationMillis, List<String> command, String workingDir,
        @JsonSerialize(using = MetricsCodec.Writer.class) @JsonDeserialize(using = MetricsCodec.Reader.class)
        Metrics metrics, List<Artifact> artifacts, SortedMap<String, String> params,
        Lineage lineage, String logFile, List<String> warnings) {
    public TrainingRun {
        command = command == null ? List.of() : List.copyOf(command);
        metrics = metrics == null ? Metrics.empty() : metrics;
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
        params = params == null ? new TreeMap<>() : new TreeMap<>(params);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Whether the command exited with 0. */
    public boolean succeeded() {
        return status == RunStatus.SUCCEEDED;
    }
}
