package io.jenkins.plugins.modelci;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.slaves.ComputerListener;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Reads an agent's GPUs when it connects, so that its GPUs page shows them (and who holds which) before any build
 * asks: the declared list of its {@link GpuInventoryProperty} when {@code detect} is off, else {@code nvidia-smi}
 * run on the agent through its channel ({@link GpuProbe}) with the agent's environment and its node properties'
 * variables, as a build there would see them. Never fails or holds up the connection for long: the work runs on
 * {@link Timer}, the listener waits at most {@link #WAIT_SECONDS} and writes one line to the connection log (see
 * {@link ConnectionGpus} for which, and when none).
 */
@Extension
@Restricted(NoExternalUse.class)
public class GpusOnConnect extends ComputerListener {
    private static final Logger LOGGER = Logger.getLogger(GpusOnConnect.class.getName());
    /** How long the connection waits for the GPUs before it goes on without the line. */
    static final long WAIT_SECONDS = 10;

    @Override
    public void onOnline(Computer c, TaskListener listener) throws IOException, InterruptedException {
        String name = c.getName().isEmpty() ? "built-in" : c.getName();
        PrintStream log = listener.getLogger();
        // Whoever comes second writes the lines: this listener when the reading ends in time, else the reading.
        AtomicBoolean first = new AtomicBoolean();
        Future<List<String>> reading;
        try {
            reading = Timer.get().submit(() -> {
                List<String> lines = linesFor(c, name, listener);
                if (!first.compareAndSet(false, true)) {
                    lines.forEach(log::println); // the connection went on without them
                }
                return lines;
            });
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "could not start reading the GPUs of " + name, e);
            return;
        }
        try {
            reading.get(WAIT_SECONDS, TimeUnit.SECONDS).forEach(log::println);
        } catch (TimeoutException e) {
            if (first.compareAndSet(false, true)) {
                log.println(ConnectionGpus.stillDetecting(WAIT_SECONDS));
            } else {
                awaitQuietly(reading).forEach(log::println); // it ended just now
            }
        } catch (ExecutionException e) {
            LOGGER.log(Level.WARNING, "reading the GPUs of " + name, e.getCause());
        }
    }

    private static List<String> awaitQuietly(Future<List<String>> reading) throws InterruptedException {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            return List.of();
        }
    }

    /** The lines for the connection log; a failure is one of them, never an exception. */
    private static List<String> linesFor(Computer c, String name, TaskListener listener) {
        try {
            return read(c, name, listener);
        } catch (Exception e) {
            LOGGER.log(Level.FINE, "reading the GPUs of " + name, e);
            return List.of(ConnectionGpus.PREFIX + "could not read the GPUs: " + e.getMessage());
        }
    }

    /** On a {@link Timer} thread: reads the GPUs, gives them to the scheduler, returns the lines to log. */
    private static List<String> read(Computer c, String name, TaskListener listener) throws Exception {
        Node node = c.getNode();
        if (node == null) {
            return List.of();
        }
        GpuInventoryProperty property = node.getNodeProperty(GpuInventoryProperty.class);
        ConnectionGpus outcome;
        if (property != null && !property.isDetect()) {
            outcome = ConnectionGpus.declared(property);
        } else {
            FilePath root = node.getRootPath();
            if (root == null) {
                return List.of(); // went offline meanwhile; the next connection reads again
            }
            EnvVars env = c.getEnvironment();
            env.overrideAll(c.buildEnvironment(listener));
            String probe = root.act(new GpuProbe(env));
            outcome = ConnectionGpus.detected(probe, property != null || GpuScheduler.get().knows(name));
        }
        List<String> lines = new ArrayList<>();
        if (outcome.line() != null) {
            lines.add(outcome.line());
        }
        if (outcome.inventoryJson() != null) {
            InventoryChange change = GpuScheduler.get().updateInventory(name, outcome.inventoryJson());
            for (String line : ConnectionGpus.consequences(change)) {
                // Rare and important to whoever waited: in the connection log and the controller's log.
                lines.add(line);
                LOGGER.info(() -> name + ": " + line);
            }
        }
        return lines;
    }
}
