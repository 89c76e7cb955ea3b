package io.modelci.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ends a process and everything it started.
 *
 * <p>The descendants are collected before anything is signalled: once a parent dies its children are re-parented
 * and no longer show as its descendants. Everyone gets SIGTERM first, so that a trainer can write a last
 * checkpoint, and SIGKILL after the grace period. A zombie (dead, waiting for a parent to reap it, which in a
 * container whose init does not reap may be forever) counts as ended.
 */
public final class ProcessTree {
    private static final long POLL_MILLIS = 20;

    private ProcessTree() {
    }

    /**
     * Terminates the process and its descendants, forcibly after {@code grace}.
     *
     * @return the processes that were signalled (root first)
     */
    public static List<ProcessHandle> kill(final ProcessHandle root, final Duration grace) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        if (!awaitEnd(tree, grace)) {
            // A process may have forked while dying; take those too.
            for (ProcessHandle process : List.copyOf(tree)) {
                if (isRunning(process)) {
                    process.descendants().forEach(tree::add);
                }
            }
            tree.stream().filter(ProcessTree::isRunning).forEach(ProcessHandle::destroyForcibly);
            awaitEnd(tree, Duration.ofSeconds(5));
        }
        return List.copyOf(tree);
    }

    /** Whether the process exists and is not a zombie. */
    public static boolean isRunning(final ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String text = Files.readString(stat);
            // The state follows the command name, which is in parentheses and may itself hold ") ".
            int end = text.lastIndexOf(')');
            return end < 0 || end + 2 >= text.length() || text.charAt(end + 2) != 'Z';
        }
        catch (IOException e) {
            // no /proc (not Linux) or the process has just gone
            return process.isAlive();
        }
    }

    private static boolean awaitEnd(final Set<ProcessHandle> processes, final Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (processes.stream().noneMatch(ProcessTree::isRunning)) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
