package io.jenkins.plugins.modelci;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.modelci.gpu.Gpu;
import io.modelci.gpu.GpuGrant;
import io.modelci.gpu.GpuRequest;
import io.modelci.run.GpuEnvironment;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * The execution of {@code withGpus}: {@link #start()} hands the request to a background task (inventory of the
 * agent, see {@link AgentGpus}, then {@link GpuScheduler#request}) and returns; when the grant comes the body starts with an
 * {@link EnvironmentExpander} (never {@code EnvVars} in the body context) and a {@link Release} tail call that
 * frees the GPUs however the body ends. Only strings and numbers are kept: after a restart {@link #onResume()}
 * re-attaches to the persisted queue, or does nothing when the body was already running.
 */
final class WithGpusExecution extends StepExecution {
    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(WithGpusExecution.class.getName());
    /** Set in the body: the granted devices' indices, for tools (and {@code trainModel(image:)}) that need them. */
    static final String GPUS_VARIABLE = "MODELCI_GPUS";

    private final int count;
    private final long minFreeMib;
    private final String namePattern;
    private String node;
    private String claimantId;
    private boolean bodyStarted;
    private String granted;

    WithGpusExecution(StepContext context, int count, long minFreeMib, String namePattern) {
        super(context);
        this.count = count;
        this.minFreeMib = minFreeMib;
        this.namePattern = namePattern;
    }

    @Override
    public boolean start() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        EnvVars env = getContext().get(EnvVars.class);
        node = env == null ? "built-in" : env.getOrDefault("NODE_NAME", "built-in");
        claimantId = run.getExternalizableId() + "|" + UUID.randomUUID();
        Timer.get().submit(this::enqueue);
        return false;
    }

    private void enqueue() {
        try {
            GpuScheduler.get().releaseFinishedBuilds();
            FilePath ws = getContext().get(FilePath.class);
            TaskListener listener = getContext().get(TaskListener.class);
            String inventory = AgentGpus.inventory(getContext(), ws, node);
            GpuRequest request = new GpuRequest(count, minFreeMib, namePattern);
            listener.getLogger().println("[Model CI] waiting for " + request.describe() + " on "
                    + node);
            GpuScheduler.get().request(node, inventory, claimantId, describe(), request, this::granted,
                    this::refused);
            String why = GpuScheduler.get().explainWait(node, claimantId);
            if (!why.isEmpty()) {
                listener.getLogger().println("[Model CI] " + why);
            }
        } catch (Exception e) {
            GpuScheduler.get().release(node, claimantId);
            getContext().onFailure(e);
        }
    }

    private String describe() {
        return claimantId.substring(0, claimantId.indexOf('|'));
    }

    /** Starts the body with the GPUs; called once, from whichever thread freed them. */
    private synchronized void granted(GpuGrant grant) {
        if (bodyStarted) {
            return;
        }
        bodyStarted = true;
        Map<String, String> vars = new TreeMap<>(GpuEnvironment.of(grant.gpus(), false));
        vars.put(GPUS_VARIABLE, grant.gpus().stream().map(g -> Integer.toString(g.index()))
                .collect(Collectors.joining(",")));
        granted = grant.gpus().stream().map(Gpu::name).collect(Collectors.joining(", "));
        try {
            TaskListener listener = getContext().get(TaskListener.class);
            if (listener != null) {
                listener.getLogger().println("[Model CI] got GPU(s) " + vars.get(GPUS_VARIABLE) + " (" + granted + ")");
            }
            getContext().newBodyInvoker()
                    .withContext(EnvironmentExpander.merge(getContext().get(EnvironmentExpander.class),
                            new GpuExpander(new TreeMap<>(vars))))
                    .withCallback(new Release(node, claimantId))
                    .start();
        } catch (IOException | InterruptedException | RuntimeException e) {
            GpuScheduler.get().release(node, claimantId);
            getContext().onFailure(e);
        }
    }

    /** The agent reconnected without the GPUs this request needs: the step fails rather than wait forever. */
    private synchronized void refused(String reason) {
        if (!bodyStarted) {
            getContext().onFailure(new AbortException("withGpus: " + reason));
        }
    }

    @Override
    public void onResume() {
        if (bodyStarted || claimantId == null) {
            return; // the body resumes by itself; its Release frees the GPUs
        }
        Timer.get().submit(() -> {
            try {
                GpuScheduler.get().reattach(node, claimantId, this::granted, this::refused);
            } catch (IOException e) {
                getContext().onFailure(e);
            }
        });
    }

    /** Runs on the CPS VM thread: the release (which writes the allocation file) goes to a background thread. */
    @Override
    public void stop(Throwable cause) throws Exception {
        Timer.get().submit(() -> GpuScheduler.get().release(node, claimantId));
        getContext().onFailure(cause);
    }

    @Override
    public String getStatus() {
        return bodyStarted ? "holding GPU(s) " + granted + " on " + node : "waiting for " + count + " GPU(s) on " + node;
    }

    /** Adds the GPU variables to the body's environment. */
    static final class GpuExpander extends EnvironmentExpander {
        private static final long serialVersionUID = 1L;
        private final TreeMap<String, String> vars;

        GpuExpander(TreeMap<String, String> vars) {
            this.vars = vars;
        }

        @Override
        public void expand(EnvVars env) {
            env.putAll(vars);
        }
    }

    /** Frees the GPUs however the body ends; the release itself runs off the CPS VM thread. */
    static final class Release extends BodyExecutionCallback.TailCall {
        private static final long serialVersionUID = 1L;
        private final String node;
        private final String claimantId;

        Release(String node, String claimantId) {
            this.node = node;
            this.claimantId = claimantId;
        }

        @Override
        protected void finished(StepContext context) {
            Timer.get().submit(() -> {
                try {
                    GpuScheduler.get().release(node, claimantId);
                } catch (RuntimeException e) {
                    LOGGER.log(Level.WARNING, "could not release the GPUs of " + claimantId, e);
                }
            });
        }
    }
}
