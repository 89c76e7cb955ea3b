package io.jenkins.plugins.modelci;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.springframework.security.core.Authentication;

/**
 * A step whose work is short, deterministic and safe to repeat, run on a background thread (never on the CPS VM
 * thread) and simply run again from the start when the controller restarts in the middle.
 *
 * <p>Upstream's {@code SynchronousNonBlockingStepExecution} fails the step in {@code onResume()}, and
 * {@code GeneralNonBlockingStepExecution} does the same when the restart caught it running background code: neither
 * knows whether the work may be repeated. These steps know: {@link #run()} must be written so that running it a
 * second time, with the same arguments in the same build, leaves the same state as running it once (registry writes
 * that replace rather than add, build records keyed by name, a promotion that recognises its own earlier move).
 *
 * <p>Only the subclass's arguments are serialised; the running task is {@code transient}. A safe restart waits for a
 * running task ({@link #blocksRestart()}), so the re-run is needed only after a crash or a hard restart.
 */
abstract class RerunOnResumeExecution<T> extends StepExecution {
    private static final long serialVersionUID = 1L;
    /** How long a resumed step waits for its agent to reconnect before it gives up. */
    private static final long AGENT_WAIT_MILLIS = 15 * 60_000L;
    private static final long AGENT_POLL_MILLIS = 5_000L;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static ExecutorService executor;

    private transient volatile Future<?> task;
    private transient volatile boolean running;
    private transient volatile Throwable stopCause;

    RerunOnResumeExecution(StepContext context) {
        super(context);
    }

    /** The step's work: called once per start, and again after a restart. Must be idempotent. */
    protected abstract T run() throws Exception;

    /** Whether {@link #run()} needs the workspace (so a resumed run first waits for the agent). */
    protected abstract boolean needsWorkspace();

    @Override
    public final boolean start() {
        submit(false);
        return false;
    }

    @Override
    public void onResume() {
        submit(true);
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        stopCause = cause;
        Future<?> current = task;
        if (current != null) {
            current.cancel(true);
        }
        super.stop(cause);
    }

    @Override
    public String getStatus() {
        return running ? "running in the background" : "not running";
    }

    @Override
    public boolean blocksRestart() {
        return running;
    }

    private void submit(boolean resumed) {
        running = true; // before the task starts, which may end before submit returns
        // The work runs as whoever started (or resumed) the step, as in upstream's non-blocking executions; nothing
        // about the identity is kept in program.dat, so a resumed step runs as the identity it is resumed with.
        Authentication auth = Jenkins.getAuthentication2();
        task = executor().submit(() -> {
            try (ACLContext ignored = ACL.as2(auth)) {
                if (resumed) {
                    awaitContext();
                }
                T result = run();
                getContext().onSuccess(result);
            } catch (Throwable x) {
                Throwable stopped = stopCause;
                if (stopped == null) {
                    getContext().onFailure(x);
                } else {
                    stopped.addSuppressed(x);
                }
            } finally {
                running = false;
            }
        });
    }

    /**
     * After a restart the agent may still be reconnecting: the workspace is then missing from the context. Wait for
     * it on this background thread rather than fail a step that would succeed a minute later.
     */
    private void awaitContext() throws Exception {
        TaskListener listener = getContext().get(TaskListener.class);
        if (listener != null) {
            listener.getLogger().println("[Model CI] resumed after a controller restart: running this step again");
        }
        long deadline = System.currentTimeMillis() + AGENT_WAIT_MILLIS;
        while (needsWorkspace() && workspace() == null) {
            if (System.currentTimeMillis() > deadline) {
                throw new AbortException("the agent did not come back within "
                        + TimeUnit.MILLISECONDS.toMinutes(AGENT_WAIT_MILLIS) + " minutes after the restart");
            }
            Thread.sleep(AGENT_POLL_MILLIS);
        }
    }

    /** The workspace, or null while its agent is not back (some Pipeline versions say so with an exception). */
    private FilePath workspace() throws InterruptedException {
        try {
            return getContext().get(FilePath.class);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Daemon threads, created on demand, as upstream's non-blocking executions use (one per running step). */
    private static synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "Model CI step " + THREADS.incrementAndGet());
                t.setDaemon(true);
                t.setContextClassLoader(RerunOnResumeExecution.class.getClassLoader());
                return t;
            });
        }
        return executor;
    }
}
