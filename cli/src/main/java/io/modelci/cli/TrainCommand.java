package io.modelci.cli;

import io.modelci.gpu.Claimant;
import io.modelci.gpu.FileGpuAllocator;
import io.modelci.gpu.Gpu;
import io.modelci.gpu.GpuException;
import io.modelci.gpu.GpuInventory;
import io.modelci.gpu.GpuRequest;
import io.modelci.metrics.Metrics;
import io.modelci.registry.ModelVersion;
import io.modelci.registry.RegistryException;
import io.modelci.run.Artifact;
import io.modelci.run.Durations;
import io.modelci.run.RunListener;
import io.modelci.run.RunSpec;
import io.modelci.run.TrainingRun;
import io.modelci.run.TrainingRunJson;
import io.modelci.run.TrainingRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code modelci train}: runs a training command on allocated GPUs and records the run. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a training command (directly or in a Docker image) on GPUs allocated first come, first served "
                    + "among all modelci processes of this machine, streams its output, shows progress, and "
                    + "writes a run record: status, metrics, artifacts with SHA-256, params and lineage.",
            "Example: modelci train --model churn --gpus 1 --timeout 2h --metrics metrics.json "
                    + "--artifacts 'model/**' --data data/train -- python train.py --epochs 10",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the command succeeded",
            "1:the command failed, timed out or was aborted (the run is recorded all the same)",
            "2:bad usage or input (a bad glob, a missing data path, more GPUs than the machine has)",
            "3:an environment failure (the NVIDIA driver does not answer, a file cannot be written, the registry "
                    + "cannot be reached)",
        })
public final class TrainCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "The model's name.")
    private String model;

    @Option(names = "--image", paramLabel = "IMAGE",
            description = "Run the command in this Docker image (docker run --rm, workspace mounted at the same path).")
    private String image;

    @Option(names = "--docker-arg", paramLabel = "ARG",
            description = "An extra argument for docker run, before the image (repeatable), e.g. --docker-arg=--shm-size=8g.")
    private List<String> dockerArgs = new ArrayList<>();

    @Option(names = "--gpus", paramLabel = "N", defaultValue = "0",
            description = "How many GPUs to allocate (default ${DEFAULT-VALUE}); exported as CUDA_VISIBLE_DEVICES "
                    + "and NVIDIA_VISIBLE_DEVICES, or --gpus \"device=...\" for Docker.")
    private int gpus;

    @Option(names = "--gpu-name", paramLabel = "REGEX",
            description = "Only GPUs whose name contains this (case-insensitive regex), e.g. A100.")
    private String gpuName;

    @Option(names = "--gpu-memory", paramLabel = "MIB", defaultValue = "0",
            description = "Only GPUs with at least this much memory free, in MiB.")
    private long gpuMemory;

    @Option(names = "--gpu-wait", paramLabel = "DURATION", defaultValue = "24h",
            description = "How long to wait for GPUs (default ${DEFAULT-VALUE}).")
    private String gpuWait;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Kill the command (and everything it started) after this long: 90s, 30m, 2h, 1h30m.")
    private String timeout;

    @Option(names = "--metrics", paramLabel = "FILE|DIR",
            description = "A metric file or DVCLive directory the command writes, read when it ends (repeatable).")
    private List<String> metricFiles = new ArrayList<>();

    @Option(names = "--log-metrics", paramLabel = "REGEX",
            description = "Regex for metric lines in the output, with the named groups 'name' and 'value' and "
                    + "optionally 'step'. Without it, key=value pairs on lines with an epoch or step marker are read.")
    private String logMetrics;

    @Option(names = "--artifacts", paramLabel = "GLOB",
            description = "Files to record with size and SHA-256, relative to the working directory (repeatable), "
                    + "e.g. 'model/**' or '*.pt'.")
    private List<String> artifacts = new ArrayList<>();

    @Option(names = "--data", paramLabel = "PATH",
            description = "A data file or directory to fingerprint for the lineage (repeatable).")
    private List<String> data = new ArrayList<>();

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter to record (repeatable).")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--env", paramLabel = "KEY=VALUE",
            description = "An environment variable for the command (repeatable).")
    private Map<String, String> environment = new LinkedHashMap<>();

    @Option(names = {"-C", "--workdir"}, paramLabel = "DIR", defaultValue = ".",
            description = "The working directory (default: the current one).")
    private Path workdir;

    @Option(names = "--log", paramLabel = "FILE", defaultValue = "modelci-train.log",
            description = "The log file, relative to the working directory (default ${DEFAULT-VALUE}).")
    private String logFile;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "run.json",
            description = "Where to write the run record (default ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--shell", description = "Run COMMAND as one shell line with sh -c (also implied by a single "
            + "COMMAND argument that contains a space).")
    private boolean shell;

    @Option(names = "--progress", paramLabel = "DURATION", defaultValue = "30s",
            description = "How often to print a progress line (default ${DEFAULT-VALUE}).")
    private String progress;

    @CommandLine.Mixin
    private GpuMachineOptions machine;

    @Option(names = "--register", description = "When the run succeeds, register it as a new candidate version of "
            + "the model in the registry (needs --artifacts).")
    private boolean register;

    @CommandLine.Mixin
    private RegistryOptions registryOptions;

    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The training command, after --.")
    private List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        RunSpec runSpec = runSpec();
        if (register && artifacts.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--register needs --artifacts: a registered version must name its files");
        }
        Duration every = Durations.parse(progress, "--progress");
        FileGpuAllocator.Lease lease = null;
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = null;
        try {
            if (gpus > 0) {
                lease = allocate(stderr);
            }
            List<Gpu> granted = lease == null ? List.of() : lease.gpus();
            if (!granted.isEmpty()) {
                stderr.println("[modelci] GPUs " + GpusCommand.describe(granted));
                stderr.flush();
            }
            TrainingRunner runner = new TrainingRunner(runSpec, granted);
            hook = abortOnShutdown(runner, done);
            TrainingRun run = runWithProgress(runner, lease, every, stdout, stderr);
            TrainingRunJson.write(out, run);
            printSummary(run, stdout);
            if (!run.succeeded()) {
                return ModelCi.EXIT_REJECTED;
            }
            return register ? register(run, stdout, stderr) : ModelCi.EXIT_OK;
        }
        catch (GpuException e) {
            stderr.println("modelci: " + e.getMessage());
            stderr.flush();
            return ModelCi.EXIT_FAILURE;
        }
        catch (TimeoutException e) {
            stderr.println("modelci: " + e.getMessage());
            stderr.flush();
            return ModelCi.EXIT_FAILURE;
        }
        finally {
            try {
                if (lease != null) {
                    lease.close();
                }
            }
            finally {
                done.countDown();
                if (hook != null) {
                    removeHook(hook);
                }
            }
        }
    }

    private int register(final TrainingRun run, final PrintWriter stdout, final PrintWriter stderr) {
        try {
            ModelVersion version = TrainRegistration.register(run, registryOptions);
            stdout.println("Registered " + version.model() + " version " + version.version() + " ("
                    + version.state().name().toLowerCase(Locale.ROOT) + ")");
            stdout.flush();
            return ModelCi.EXIT_OK;
        }
        catch (RegistryException e) {
            stderr.println("modelci train: the run succeeded but was not registered: " + e.getMessage());
            stderr.flush();
            return ModelCi.EXIT_FAILURE;
        }
    }

    private RunSpec runSpec() {
        RunSpec.Builder builder = RunSpec.builder().model(model).workingDir(workdir).image(image)
                .dockerArgs(dockerArgs).logMetricsPattern(logMetrics).logFile(logFile).environment(environment);
        boolean shellLine = shell || command.size() == 1 && command.get(0).strip().contains(" ");
        if (shellLine) {
            builder.shell(String.join(" ", command));
        }
        else {
            builder.command(command);
        }
        if (timeout != null) {
            builder.timeout(Durations.parse(timeout, "--timeout"));
        }
        metricFiles.forEach(builder::metricFile);
        artifacts.forEach(builder::artifact);
        data.forEach(builder::data);
        params.forEach(builder::param);
        return builder.build();
    }

    private FileGpuAllocator.Lease allocate(final PrintWriter stderr)
            throws IOException, InterruptedException, TimeoutException {
        Map<String, String> env = machine.environment();
        FileGpuAllocator allocator = new FileGpuAllocator(machine.allocations(), () -> GpuInventory.detect(env).gpus());
        GpuRequest request = new GpuRequest(gpus, gpuMemory, gpuName);
        Claimant claimant = Claimant.currentProcess("modelci train --model " + model + " ("
                + System.getProperty("user.name") + ")");
        return allocator.acquire(claimant, request, Durations.parse(gpuWait, "--gpu-wait"), message -> {
            stderr.println("[modelci] " + message);
            stderr.flush();
        });
    }

    private TrainingRun runWithProgress(final TrainingRunner runner, final FileGpuAllocator.Lease lease,
            final Duration every, final PrintWriter stdout, final PrintWriter stderr) throws IOException {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "modelci-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> printProgress(runner, stderr), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return runner.run(new RunListener() {
                @Override
                public void started(final List<String> argv, final long pid) {
                    stderr.println("[modelci] started pid " + pid + ": " + String.join(" ", argv));
                    stderr.flush();
                    adopt(lease, pid, stderr);
                }

                @Override
                public void line(final String line) {
                    stdout.println(line);
                    stdout.flush();
                }
            });
        }
        finally {
            ticker.shutdownNow();
        }
    }

    /** The GPUs stay held while the command runs, even if this process is killed outright. */
    private static void adopt(final FileGpuAllocator.Lease lease, final long pid, final PrintWriter stderr) {
        if (lease == null) {
            return;
        }
        ProcessHandle.of(pid).ifPresent(process -> {
            try {
                lease.adopt(process);
            }
            catch (IOException e) {
                stderr.println("[modelci] warning: cannot record pid " + pid + " with its GPUs: " + e.getMessage());
                stderr.flush();
            }
        });
    }

    /**
     * On Ctrl-C or a kill, stops the command's whole process tree and lets the record be written and the GPUs be
     * given back before the JVM exits.
     */
    private static Thread abortOnShutdown(final TrainingRunner runner, final CountDownLatch done) {
        Thread hook = new Thread(() -> {
            runner.abort("modelci was interrupted (signal)");
            try {
                done.await(60, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "modelci-abort");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeHook(final Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (IllegalStateException e) {
            // the JVM is shutting down and the hook is running: it waits for us
        }
    }

    private static void printProgress(final TrainingRunner runner, final PrintWriter stderr) {
        Instant started = runner.startedAt();
        if (started == null) {
            return;
        }
        StringBuilder line = new StringBuilder("[modelci] ")
                .append(Durations.format(Duration.between(started, Instant.now()))).append(" elapsed");
        Metrics latest = runner.latestMetrics();
        latest.values().entrySet().stream().limit(8).forEach(entry ->
                line.append("  ").append(entry.getKey()).append('=').append(number(entry.getValue())));
        stderr.println(line);
        stderr.flush();
    }

    private void printSummary(final TrainingRun run, final PrintWriter stdout) {
        stdout.println();
        stdout.println("Run " + run.status() + ": " + run.reason() + " after "
                + Durations.format(Duration.ofMillis(run.durationMillis())));
        if (!run.metrics().values().isEmpty()) {
            stdout.println("Metrics:");
            run.metrics().values().forEach((name, value) -> stdout.println("  " + name + " = " + number(value)));
        }
        if (!run.artifacts().isEmpty()) {
            long total = run.artifacts().stream().mapToLong(Artifact::size).sum();
            stdout.println("Artifacts: " + run.artifacts().size() + " file(s), " + total + " bytes");
            run.artifacts().stream().limit(20).forEach(artifact -> stdout.println("  " + artifact.path() + "  "
                    + artifact.size() + " bytes  sha256:" + artifact.sha256()));
        }
        if (run.lineage().sourceCommit() != null) {
            stdout.println("Source: " + run.lineage().sourceCommit()
                    + (Boolean.TRUE.equals(run.lineage().sourceDirty()) ? " (with uncommitted changes)" : ""));
        }
        if (run.lineage().dataFingerprint() != null) {
            stdout.println("Data: sha256:" + run.lineage().dataFingerprint());
        }
        run.warnings().forEach(warning -> stdout.println("Warning: " + warning));
        stdout.println("Record: " + out);
        stdout.flush();
    }

    static String number(final double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
