package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Cause;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.modelci.InputException;
import io.modelci.metrics.LogMetricsParser;
import io.modelci.metrics.MetricFiles;
import io.modelci.metrics.Metrics;
import io.modelci.metrics.MetricsJson;
import io.modelci.run.ArtifactCollector;
import io.modelci.run.Lineage;
import io.modelci.run.LineageProbe;
import io.modelci.run.RunSpec;
import io.modelci.run.RunStatus;
import io.modelci.run.TrainingRun;
import io.modelci.run.TrainingRunJson;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import hudson.AbortException;
import jenkins.MasterToSlaveFileCallable;
import jenkins.model.Jenkins;
import jenkins.util.BuildListenerAdapter;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Turns a finished training command into a recorded run and a registered version: metrics, artifacts and lineage
 * are read on the agent by the engine ({@link Collect}), the files are archived into the build's artifacts
 * ({@link TrainArchive}), the version is registered on the controller, and the build's {@link ModelAction} keeps
 * the summary.
 */
final class TrainingRecorder {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrainingRecorder() {
    }

    /** @return what {@code trainModel} gives back to the Pipeline script */
    static Map<String, Object> record(StepContext context, FilePath ws, TaskListener listener, TrainSpec spec,
            String controlDir, long startedAt, long durationMillis) throws Exception {
        Run<?, ?> run = context.get(Run.class);
        String collected = ws.act(new Collect(spec, controlDir, startedAt, durationMillis));
        JsonNode tree = MAPPER.readTree(collected);
        String runJson = tree.path("run").toString();
        for (JsonNode warning : tree.path("run").path("warnings")) {
            listener.getLogger().println("[Model CI] warning: " + warning.asText());
        }
        if (spec.archive) {
            // Before registering: a failed archive then leaves no version whose files the build does not hold.
            archive(context, ws, listener, TrainArchive.afterSuccess(spec.model, tree.path("run"), controlDir));
        }
        String build = run.getExternalizableId();
        ArtifactLocation location = artifactLocation(run, ws, spec.archive);
        if (spec.archive && !location.isArchived()) {
            listener.getLogger().println("[Model CI] the registry records the artifacts' paths on the agent: set the "
                    + "Jenkins URL (Manage Jenkins > System) to record their archived copies' URLs instead");
        }
        int version = EngineBridge.register(spec.model, runJson, location, build, whoStarted(run));
        listener.getLogger().println("[Model CI] registered " + spec.model + " version " + version);
        ModelAction.of(run, spec.model).recordTraining(version, collected);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", spec.model);
        result.put("version", version);
        result.put("metrics", StepResults.toGroovy(tree.path("metrics").path("metrics").toString()));
        List<Object> artifacts = new ArrayList<>();
        for (JsonNode a : tree.path("run").path("artifacts")) {
            artifacts.add(a.path("path").asText());
        }
        result.put("artifacts", artifacts);
        return result;
    }

    /** The archived copies when there are some and Jenkins knows its URL, else the workspace on the agent. */
    private static ArtifactLocation artifactLocation(Run<?, ?> run, FilePath ws, boolean archived) {
        String root = archived ? Jenkins.get().getRootUrl() : null;
        return root == null ? ArtifactLocation.workspace(ws.getRemote())
                : ArtifactLocation.archived(root, run.getUrl());
    }

    /**
     * Archives workspace files into the build's artifacts the way core's {@code ArtifactArchiver} does: through
     * the artifact manager the build picks (the standard one, or artifact-manager-s3 and the like), which copies
     * from the workspace's {@link FilePath} on the agent; no file passes through this step.
     *
     * @param files name in the build's artifacts → path relative to the workspace ({@link TrainArchive})
     */
    static void archive(StepContext context, FilePath ws, TaskListener listener, Map<String, String> files)
            throws Exception {
        Run<?, ?> run = context.get(Run.class);
        Launcher launcher = context.get(Launcher.class);
        if (run == null || launcher == null) {
            throw new AbortException("trainModel: no build or launcher in this context to archive with");
        }
        String described = TrainArchive.describe(files, 10);
        listener.getLogger().println("[Model CI] archiving " + described);
        try {
            run.pickArtifactManager().archive(ws, launcher, BuildListenerAdapter.wrap(listener), files);
        } catch (IOException e) {
            throw new AbortException("trainModel: could not archive " + described + ": " + e.getMessage());
        }
    }

    /**
     * After a failed run, keeps its log with the build when {@code archive} is on. Best effort: a problem here is
     * reported and does not hide why the run failed.
     */
    static void archiveLogAfterFailure(StepContext context, FilePath ws, TaskListener listener, TrainSpec spec,
            String controlDir) {
        if (!spec.archive) {
            return;
        }
        try {
            archive(context, ws, listener, TrainArchive.afterFailure(spec.model, controlDir));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            listener.getLogger().println("[Model CI] warning: the training log was not archived: " + e.getMessage());
        }
    }

    /** The user who started the build, else {@code SYSTEM} (a timer, an SCM change, an upstream build). */
    static String whoStarted(Run<?, ?> run) {
        Cause.UserIdCause cause = run.getCause(Cause.UserIdCause.class);
        String id = cause == null ? null : cause.getUserId();
        return id == null ? "SYSTEM" : id;
    }

    /** Runs on the agent: the engine reads metrics, hashes artifacts and probes the lineage. */
    static final class Collect extends MasterToSlaveFileCallable<String> {
        private static final long serialVersionUID = 1L;
        private final TrainSpec spec;
        private final String controlDir;
        private final long startedAt;
        private final long durationMillis;

        Collect(TrainSpec spec, String controlDir, long startedAt, long durationMillis) {
            this.spec = spec;
            this.controlDir = controlDir;
            this.startedAt = startedAt;
            this.durationMillis = durationMillis;
        }

        @Override
        public String invoke(File workspace, VirtualChannel channel) throws IOException {
            try {
                return collect(workspace.toPath(), spec, controlDir, startedAt, durationMillis);
            } catch (InputException | IllegalArgumentException e) {
                throw new AbortException("trainModel: " + e.getMessage());
            }
        }
    }

    /**
     * The agent's side, callable without Jenkins: {@code {"run": <the engine's TrainingRun>, "metrics": <metrics
     * with histories>}}.
     */
    static String collect(Path wd, TrainSpec spec, String controlDir, long startedAt, long durationMillis)
            throws IOException {
        RunSpec.Builder b = RunSpec.builder().model(spec.model).shell(spec.command).workingDir(wd)
                .logFile(controlDir + "/" + DetachedCommand.LOG);
        if (spec.image != null) {
            b.image(spec.image);
        }
        spec.metrics.forEach(b::metricFile);
        spec.artifacts.forEach(b::artifact);
        spec.data.forEach(b::data);
        spec.params.forEach(b::param);
        RunSpec runSpec = b.build();

        List<Path> files = new ArrayList<>();
        spec.metrics.forEach(m -> files.add(wd.resolve(m)));
        Metrics fromFiles = files.isEmpty() ? Metrics.empty() : MetricFiles.read(files, null);
        Metrics metrics = fromFiles;
        if (spec.logMetrics) {
            Metrics fromLog = LogMetricsParser.scanFile(wd.resolve(controlDir).resolve(DetachedCommand.LOG));
            metrics = Metrics.merge(fromFiles, withoutNames(fromLog, fromFiles));
        }
        List<String> warnings = new ArrayList<>();
        List<io.modelci.run.Artifact> artifacts = ArtifactCollector.collect(wd, spec.artifacts, warnings);
        Lineage lineage = LineageProbe.probe(runSpec, List.of());
        long ended = startedAt + durationMillis;
        TrainingRun run = new TrainingRun(spec.model, RunStatus.SUCCEEDED, "exit code 0", 0,
                Instant.ofEpochMilli(startedAt).toString(), Instant.ofEpochMilli(ended).toString(), durationMillis,
                runSpec.argv(), wd.toString(), metrics, artifacts, spec.params, lineage, runSpec.logFile(), warnings);
        String record = TrainingRunJson.toJson(run);
        // Beside the log in the control folder, where archiving (and anyone reading the workspace) finds it.
        Path control = Files.createDirectories(wd.resolve(controlDir));
        Files.writeString(control.resolve(TrainArchive.RUN_RECORD), record, StandardCharsets.UTF_8);
        ObjectNode out = MAPPER.createObjectNode();
        out.set("run", MAPPER.readTree(record));
        out.set("metrics", MetricsJson.toTree(metrics));
        return out.toString();
    }

    /** The log's metrics except those a metrics file also defines: the file is the trainer's final word. */
    private static Metrics withoutNames(Metrics log, Metrics files) {
        Metrics.Builder b = Metrics.builder("log");
        log.values().forEach((name, value) -> {
            if (files.value(name).isEmpty()) {
                b.value(name, value);
            }
        });
        log.histories().forEach((name, points) -> {
            if (files.value(name).isEmpty() && files.history(name).isEmpty()) {
                b.history(name, points);
            }
        });
        return b.build();
    }
}
