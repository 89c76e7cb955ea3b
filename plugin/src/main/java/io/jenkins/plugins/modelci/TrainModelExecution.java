package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.TaskListener;
import java.io.IOException;
import hudson.model.Run;
import io.modelci.gpu.Gpu;
import io.modelci.gpu.GpuGrant;
import io.modelci.gpu.GpuRequest;
import io.modelci.run.GpuEnvironment;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * The durable execution of {@code trainModel}: launch, then poll, the way the {@code sh} step works.
 *
 * <ol>
 * <li>{@link #start()} only schedules work on {@link Timer} (the CPS VM thread never blocks or does I/O);</li>
 * <li>a background task writes the control folder ({@link ControlFiles.Prepare}) and launches
 *     {@link DetachedCommand#launchArgv(String)} through the context's {@link Launcher}, which returns at once;</li>
 * <li>a poll every few seconds ({@link ControlFiles.Poll}) copies new log lines to the build log and looks for
 *     the exit file; a stale heartbeat means the process vanished; the timeout is checked on the controller's
 *     clock from {@link #startedAt};</li>
 * <li>on exit 0 the run is recorded through the engine ({@link TrainingRecorder}), its files archived into the
 *     build's artifacts and a version registered; on a failure (non-zero exit, timeout, vanished process) only the
 *     log is archived ({@link TrainArchive}).</li>
 * </ol>
 * Only strings and numbers are kept, so after a controller restart Pipeline deserialises this object and
 * {@link #onResume()} simply polls again: the training process never depended on the controller.
 */
final class TrainModelExecution extends StepExecution {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(TrainModelExecution.class.getName());
    private static final long MIN_POLL_MILLIS = 1_000;
    private static final long MAX_POLL_MILLIS = 15_000;
    /** How long the agent may stay unreachable (a reconnect after a restart) before the step gives up. */
    private static final long UNREACHABLE_LIMIT_MILLIS = 15 * 60_000L;

    private final TrainSpec spec;
    private final String controlDir;
    private long startedAt;
    private long logOffset;
    private boolean launched;
    private long unreachableSince;
    /** Set when trainModel allocates its own GPUs (gpus: N outside withGpus): the claim and, once granted, the env. */
    private String gpuNode;
    private String gpuClaimant;
    private TreeMap<String, String> gpuEnv;

    private transient volatile boolean done;
    private transient volatile long pollDelay;
    private transient volatile Future<?> next;

    TrainModelExecution(StepContext context, TrainSpec spec) {
        super(context);
        this.spec = spec;
        this.controlDir = ".modelci/runs/" + UUID.randomUUID();
    }

    @Override
    public boolean start() {
        startedAt = System.currentTimeMillis();
        schedule(0);
        return false;
    }

    @Override
    public void onResume() {
        schedule(0);
    }

    @Override
    public String getStatus() {
        return (launched ? "training, " + logOffset + " bytes of log so far" : "preparing the training run")
                + " in " + controlDir;
    }

    @Override
    public void stop(Throwable cause) {
        done = true;
        Future<?> f = next;
        if (f != null) {
            f.cancel(false);
        }
        Timer.get().submit(() -> {
            try {
                FilePath ws = getContext().get(FilePath.class);
                Launcher launcher = getContext().get(Launcher.class);
                if (ws != null && launcher != null) {
                    launcher.launch().cmds(DetachedCommand.stopArgv(controlDir)).pwd(ws).quiet(true).join();
                }
            } catch (Exception e) {
                LOGGER.log(Level.WARNING, "could not stop the training process in " + controlDir, e);
            } finally {
                releaseGpus();
                getContext().onFailure(cause);
            }
        });
    }

    private void schedule(long delayMillis) {
        if (!done) {
            next = Timer.get().schedule(this::step, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** One round of background work: launch when not yet launched, else poll. */
    private void step() {
        if (done) {
            return;
        }
        try {
            FilePath ws = getContext().get(FilePath.class);
            TaskListener listener = getContext().get(TaskListener.class);
            if (ws == null || listener == null) {
                schedule(MAX_POLL_MILLIS); // the agent is not connected (yet): try again later
                return;
            }
            if (!launched) {
                if (gpuEnv == null && needsOwnGpus()) {
                    requestGpus(ws, listener); // the grant schedules the next step
                    return;
                }
                launch(ws, listener);
                launched = true;
                schedule(MIN_POLL_MILLIS);
            } else {
                poll(ws, listener);
            }
            unreachableSince = 0;
        } catch (AbortException e) {
            fail(e);
        } catch (IOException e) {
            // Once launched, a broken channel (an agent restart, a reconnect after a controller restart) does not
            // stop the training, which runs on without us: wait for the agent rather than fail at once.
            long now = System.currentTimeMillis();
            if (unreachableSince == 0) {
                unreachableSince = now;
                LOGGER.log(Level.INFO, "agent unreachable while training in " + controlDir + "; retrying", e);
            }
            if (!launched || now - unreachableSince > UNREACHABLE_LIMIT_MILLIS) {
                fail(e);
            } else {
                schedule(MAX_POLL_MILLIS);
            }
        } catch (Exception e) {
            fail(e);
        }
    }

    /** {@code gpus: N} outside a {@code withGpus}: this step allocates (and frees) the GPUs itself. */
    private boolean needsOwnGpus() throws Exception {
        EnvVars env = getContext().get(EnvVars.class);
        return spec.gpus > 0 && (env == null || !env.containsKey(WithGpusExecution.GPUS_VARIABLE));
    }

    /** Queues for the GPUs like {@code withGpus} does: no thread waits; the grant resumes the launch. */
    private void requestGpus(FilePath ws, TaskListener listener) throws Exception {
        if (gpuClaimant != null) {
            GpuScheduler.get().reattach(gpuNode, gpuClaimant, this::granted, this::refused); // after a restart
            return;
        }
        EnvVars env = getContext().get(EnvVars.class);
        Run<?, ?> run = getContext().get(Run.class);
        gpuNode = env == null ? "built-in" : env.getOrDefault("NODE_NAME", "built-in");
        gpuClaimant = run.getExternalizableId() + "|" + UUID.randomUUID();
        GpuRequest request = GpuRequest.of(spec.gpus);
        listener.getLogger().println("[Model CI] waiting for " + request.describe() + " on " + gpuNode);
        String inventory = AgentGpus.inventory(getContext(), ws, gpuNode);
        GpuScheduler.get().request(gpuNode, inventory, gpuClaimant, run.getExternalizableId(), request,
                this::granted, this::refused);
    }

    /** The agent reconnected without the GPUs this step waited for: it fails rather than wait forever. */
    private void refused(String reason) {
        fail(new AbortException("trainModel: gpus: " + reason));
    }

    private void granted(GpuGrant grant) {
        TreeMap<String, String> vars = new TreeMap<>(GpuEnvironment.of(grant.gpus(), false));
        vars.put(WithGpusExecution.GPUS_VARIABLE, grant.gpus().stream().map(g -> Integer.toString(g.index()))
                .collect(Collectors.joining(",")));
        gpuEnv = vars;
        schedule(0);
    }

    private void releaseGpus() {
        if (gpuClaimant != null) {
            GpuScheduler.get().release(gpuNode, gpuClaimant);
        }
    }

    private void launch(FilePath ws, TaskListener listener) throws Exception {
        Launcher launcher = getContext().get(Launcher.class);
        EnvVars context = getContext().get(EnvVars.class);
        if (launcher == null || context == null) {
            throw new AbortException("trainModel: no launcher or environment in this context");
        }
        TreeMap<String, String> env = new TreeMap<>(context);
        if (gpuEnv != null) {
            env.putAll(gpuEnv);
            listener.getLogger().println("[Model CI] got GPU(s) " + gpuEnv.get(WithGpusExecution.GPUS_VARIABLE));
        }
        List<Gpu> gpus = DockerRun.allocatedGpus(env);
        if (spec.gpus > gpus.size()) {
            throw new AbortException("trainModel: gpus: " + spec.gpus + " but the enclosing withGpus allocated "
                    + gpus.size());
        }
        String command = spec.command;
        if (spec.image != null) {
            command = DockerRun.commandLine(spec, ws.getRemote(), "modelci-" + controlDir.substring(
                    controlDir.lastIndexOf('/') + 1), gpus.subList(0, spec.gpus > 0 ? spec.gpus : gpus.size()));
        }
        listener.getLogger().println("[Model CI] training '" + spec.model + "': " + command);
        ws.act(new ControlFiles.Prepare(controlDir, command));
        int rc = launcher.launch().cmds(DetachedCommand.launchArgv(controlDir)).envs(env).pwd(ws)
                .stdout(listener).quiet(true).join();
        if (rc != 0) {
            throw new AbortException("trainModel: could not start the training command (status " + rc + ")");
        }
    }

    private void poll(FilePath ws, TaskListener listener) throws Exception {
        JsonNode status = new ObjectMapper().readTree(ws.act(new ControlFiles.Poll(controlDir, logOffset)));
        String log = status.path("log").asText("");
        if (!log.isEmpty()) {
            listener.getLogger().print(log);
        }
        logOffset = status.path("offset").asLong(logOffset);
        if (status.path("complete").asBoolean(false)) {
            finish(ws, listener, status.path("exit").asInt());
            return;
        }
        long heartbeatAge = status.path("heartbeatAgeMillis").asLong(-1);
        if (status.path("started").asBoolean(false) && heartbeatAge > DetachedCommand.LOST_AFTER_MILLIS
                && status.path("exit").isNull()) {
            TrainingRecorder.archiveLogAfterFailure(getContext(), ws, listener, spec, controlDir);
            throw new AbortException("trainModel: the training process vanished (no heartbeat for "
                    + heartbeatAge / 1000 + " s): was the agent or its container restarted?");
        }
        if (spec.timeoutMillis > 0 && System.currentTimeMillis() - startedAt > spec.timeoutMillis) {
            Launcher launcher = getContext().get(Launcher.class);
            if (launcher != null) {
                launcher.launch().cmds(DetachedCommand.stopArgv(controlDir)).pwd(ws).quiet(true).join();
            }
            TrainingRecorder.archiveLogAfterFailure(getContext(), ws, listener, spec, controlDir);
            throw new AbortException("trainModel: timed out after " + spec.timeoutMillis / 1000 + " s");
        }
        // Poll fast while output flows, back off while the trainer is quiet.
        long delay = pollDelay == 0 ? MIN_POLL_MILLIS : pollDelay;
        pollDelay = log.isEmpty() ? Math.min(MAX_POLL_MILLIS, delay * 2) : MIN_POLL_MILLIS;
        schedule(pollDelay);
    }

    private void finish(FilePath ws, TaskListener listener, int exit) throws Exception {
        if (exit != 0) {
            TrainingRecorder.archiveLogAfterFailure(getContext(), ws, listener, spec, controlDir);
            throw new AbortException("trainModel: the training command exited with status " + exit);
        }
        releaseGpus();
        Object result = TrainingRecorder.record(getContext(), ws, listener, spec, controlDir, startedAt,
                System.currentTimeMillis() - startedAt);
        done = true;
        getContext().onSuccess(result);
    }

    private void fail(Throwable t) {
        releaseGpus();
        if (!done) {
            done = true;
            getContext().onFailure(t);
        }
    }
}
