package io.modelci.run;

import io.modelci.InputException;
import io.modelci.gpu.Gpu;
import io.modelci.metrics.LogMetricsParser;
import io.modelci.metrics.MetricFiles;
import io.modelci.metrics.Metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one training command and records it as a {@link TrainingRun}.
 *
 * <p>Output (stdout and stderr merged, as on a console) goes line by line to the listener, the log file and the
 * line hooks (where the log-metrics parser sits) while the command runs. On timeout or {@link #abort} the whole
 * process tree is terminated, forcibly after a grace period, and a container started for an image is killed by
 * name. Lineage (git, data fingerprint, image digest) is probed while the command runs.
 *
 * <p>One runner runs once; {@link #abort} may be called from any thread.
 */
public final class TrainingRunner {
    private static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);
    private static final Duration READER_DRAIN = Duration.ofSeconds(10);

    private final RunSpec spec;
    private final List<Gpu> gpus;
    private final Duration grace;
    private final List<Consumer<String>> lineHooks = new CopyOnWriteArrayList<>();
    private final String containerName = "modelci-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    private final Object stateLock = new Object();
    private Process process;
    private String abortReason;
    private boolean timedOut;
    private volatile Instant startedAt;
    private final LogMetricsParser logMetrics;

    /**
     * @param spec what to run
     * @param gpus the GPUs allocated to it (exported as CUDA_VISIBLE_DEVICES, or {@code --gpus} for docker)
     * @param grace how long the process tree gets between SIGTERM and SIGKILL
     */
    public TrainingRunner(final RunSpec spec, final List<Gpu> gpus, final Duration grace) {
        this.spec = spec;
        this.gpus = List.copyOf(gpus);
        this.grace = grace;
        // Always parsed, for progress; recorded when there are no metric files or a regex was given.
        this.logMetrics = LogMetricsParser.create(spec.logFile() == null ? "output" : spec.logFile(),
                spec.logMetricsPattern());
        lineHooks.add(logMetrics::accept);
    }

    public TrainingRunner(final RunSpec spec, final List<Gpu> gpus) {
        this(spec, gpus, DEFAULT_GRACE);
    }

    /** Runs the spec without GPUs. */
    public static TrainingRun run(final RunSpec spec, final RunListener listener) throws IOException {
        return new TrainingRunner(spec, List.of()).run(listener);
    }

    /** Adds a consumer of every output line, such as a log-metrics parser. Call before {@link #run}. */
    public TrainingRunner onLine(final Consumer<String> hook) {
        lineHooks.add(hook);
        return this;
    }

    /** The metrics read from the output so far: what a progress line shows. */
    public Metrics latestMetrics() {
        return logMetrics.snapshot();
    }

    /** When the command started, or null before. */
    public Instant startedAt() {
        return startedAt;
    }

    /** The argv this runner executes: the command, or the {@code docker run} line when the spec has an image. */
    public List<String> argv() {
        return spec.image() == null || spec.image().isBlank() ? spec.argv()
                : DockerCommand.argv(spec, containerName, gpus);
    }

    /** The environment added to the inherited one: the spec's variables and the GPU variables. */
    public Map<String, String> environment() {
        Map<String, String> environment = new TreeMap<>(spec.environment());
        environment.putAll(GpuEnvironment.of(gpus, false));
        return environment;
    }

    /**
     * Stops the run: the process tree is terminated and the run is recorded as {@link RunStatus#ABORTED} with this
     * reason. Safe to call from any thread, before, during or after the run.
     */
    public void abort(final String reason) {
        Process running;
        synchronized (stateLock) {
            if (abortReason != null) {
                return;
            }
            abortReason = reason;
            running = process;
        }
        if (running != null) {
            kill(running);
        }
    }

    /**
     * Runs the command to its end and records it.
     *
     * @throws InputException when the working directory, a data path or an artifact glob is wrong (checked before
     *         the command starts)
     */
    public TrainingRun run(final RunListener listener) throws IOException {
        Path workingDir = Path.of(spec.workingDir());
        if (!Files.isDirectory(workingDir)) {
            throw InputException.ofField("workingDir", "'" + workingDir + "' is not a directory");
        }
        spec.artifacts().forEach(ArtifactCollector::validate);
        for (String data : spec.data()) {
            if (!Files.exists(workingDir.resolve(data))) {
                throw InputException.ofField("data", "'" + data + "' does not exist");
            }
        }
        List<UsedGpu> used = gpus.stream().map(UsedGpu::of).toList();
        CompletableFuture<Lineage> lineage = CompletableFuture.supplyAsync(() -> {
            try {
                return LineageProbe.probe(spec, used);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<String> warnings = new ArrayList<>();
        List<String> argv = argv();
        Instant start = Instant.now();
        startedAt = start;
        Outcome outcome;
        try (Writer log = openLog(workingDir)) {
            outcome = execute(workingDir, argv, listener, log);
        }
        Instant end = Instant.now();
        Metrics metrics = collectMetrics(workingDir, warnings);
        List<Artifact> artifacts = List.of();
        RunStatus status = outcome.status;
        String reason = outcome.reason;
        try {
            artifacts = ArtifactCollector.collect(workingDir, spec.artifacts(), warnings);
        }
        catch (InputException e) {
            status = RunStatus.FAILED;
            reason = e.getMessage();
        }
        TrainingRun run = new TrainingRun(spec.model(), status, reason, outcome.exitCode, start.toString(),
                end.toString(), Duration.between(start, end).toMillis(), argv, spec.workingDir(), metrics, artifacts,
                spec.params(), joinLineage(lineage, warnings), spec.logFile(), warnings);
        listener.finished(run);
        return run;
    }

    /**
     * The run's metrics: the metric files when given (with the log's when a log regex was given too), else what
     * the output showed. A metrics problem is a warning, not a failure: the run itself is recorded either way.
     */
    private Metrics collectMetrics(final Path workingDir, final List<String> warnings) {
        Metrics fromLog = logMetrics.snapshot();
        if (spec.metricFiles().isEmpty()) {
            return fromLog;
        }
        Metrics fromFiles;
        try {
            fromFiles = MetricFiles.read(spec.metricFiles().stream().map(workingDir::resolve).toList(), null);
        }
        catch (InputException e) {
            warnings.add("metrics not read: " + e.getMessage());
            return fromLog;
        }
        if (spec.logMetricsPattern() == null || fromLog.isEmpty()) {
            return fromFiles;
        }
        try {
            return Metrics.merge(fromFiles, fromLog);
        }
        catch (InputException e) {
            warnings.add("log metrics left out: " + e.getMessage());
            return fromFiles;
        }
    }

    private Lineage joinLineage(final CompletableFuture<Lineage> lineage, final List<String> warnings) {
        try {
            return lineage.join();
        }
        catch (CompletionException e) {
            warnings.add("lineage incomplete: " + e.getCause().getMessage());
            return new Lineage(null, null, null, spec.data(), spec.image(), null,
                    gpus.stream().map(UsedGpu::of).toList(), LineageProbe.hostName());
        }
    }

    private Writer openLog(final Path workingDir) throws IOException {
        if (spec.logFile() == null) {
            return Writer.nullWriter();
        }
        Path file = workingDir.resolve(spec.logFile());
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private Outcome execute(final Path workingDir, final List<String> argv, final RunListener listener,
            final Writer log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv).directory(workingDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment());
        Process started;
        try {
            started = builder.start();
        }
        catch (IOException e) {
            return new Outcome(RunStatus.FAILED, "cannot start " + argv.get(0) + ": " + e.getMessage(), null);
        }
        started.getOutputStream().close();
        boolean abortedBeforeStart;
        synchronized (stateLock) {
            process = started;
            abortedBeforeStart = abortReason != null;
        }
        listener.started(argv, started.pid());
        if (abortedBeforeStart) {
            kill(started);
        }
        Thread reader = new Thread(() -> pump(started, listener, log), "modelci-output-" + started.pid());
        reader.setDaemon(true);
        reader.start();
        try {
            boolean exited = spec.timeoutSeconds() == 0 ? waitFor(started)
                    : started.waitFor(spec.timeoutSeconds(), TimeUnit.SECONDS);
            if (!exited) {
                synchronized (stateLock) {
                    timedOut = abortReason == null;
                }
                kill(started);
                started.waitFor();
            }
            reader.join(READER_DRAIN.toMillis());
        }
        catch (InterruptedException e) {
            // The thread running us was interrupted (Ctrl-C, a step being stopped): that is an abort.
            abort("interrupted");
            Thread.currentThread().interrupt();
        }
        return outcomeOf(started);
    }

    private static boolean waitFor(final Process process) throws InterruptedException {
        process.waitFor();
        return true;
    }

    private Outcome outcomeOf(final Process finished) {
        synchronized (stateLock) {
            if (abortReason != null) {
                return new Outcome(RunStatus.ABORTED, "aborted: " + abortReason, null);
            }
            if (timedOut) {
                return new Outcome(RunStatus.TIMED_OUT, "timed out after "
                        + Durations.format(Duration.ofSeconds(spec.timeoutSeconds())) + "; the process tree was killed",
                        null);
            }
        }
        if (finished.isAlive()) {
            return new Outcome(RunStatus.ABORTED, "aborted: interrupted", null);
        }
        int code = finished.exitValue();
        if (code == 0) {
            return new Outcome(RunStatus.SUCCEEDED, "exited with 0", 0);
        }
        String reason = code > 128 ? "killed by signal " + (code - 128) + " (exit code " + code + ")"
                : "exited with " + code;
        return new Outcome(RunStatus.FAILED, reason, code);
    }

    private void pump(final Process source, final RunListener listener, final Writer log) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                listener.line(line);
                for (Consumer<String> hook : lineHooks) {
                    hook.accept(line);
                }
                log.write(line);
                log.write('\n');
                log.flush();
            }
        }
        catch (IOException e) {
            // the stream closes when the process is killed; what was read has been delivered
        }
    }

    private void kill(final Process target) {
        if (spec.image() != null && !spec.image().isBlank()) {
            ExternalCommand.output(Path.of(spec.workingDir()), Duration.ofSeconds(20),
                    DockerCommand.killArgv(containerName));
        }
        ProcessTree.kill(target.toHandle(), grace);
    }

    private record Outcome(RunStatus status, String reason, Integer exitCode) {
    }
}
