package io.jenkins.plugins.modelci;

import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The shell scripts behind a durable training run, the way the {@code sh} step survives a controller restart:
 * the command is started detached from the launching process, writes its output to a log file in a control
 * folder of the workspace, keeps a heartbeat file fresh while it lives, and leaves its exit status in a file.
 * The controller only ever launches short scripts and polls files, so neither a restart nor a lost agent
 * connection kills the training. Free of Jenkins types so it is tested offline.
 */
@Restricted(NoExternalUse.class)
public final class DetachedCommand {
    /** How often the running script touches its heartbeat file. */
    public static final int HEARTBEAT_SECONDS = 15;
    /** A heartbeat older than this without an exit file means the process vanished (agent or container gone). */
    public static final long LOST_AFTER_MILLIS = 8L * HEARTBEAT_SECONDS * 1000L;

    static final String COMMAND = "command.sh";
    static final String RUNNER = "run.sh";
    static final String LOG = "log";
    static final String EXIT = "exit";
    static final String PID = "pid";
    static final String HEARTBEAT = "heartbeat";

    private DetachedCommand() {
    }

    /** The runner script written into the control folder; it runs {@value #COMMAND} in the workspace. */
    public static String runnerScript() {
        return "#!/bin/sh\n"
                + "# Written by Model CI: runs the training command detached, with a heartbeat and an exit file.\n"
                + "d=$(dirname \"$0\")\n"
                // A handler (not an ignore, which children would inherit) lets the runner outlive the signal that
                // stops the process group, so it still records the exit status.
                + "trap 'echo \"[Model CI] stopped\" >> \"$d/" + LOG + "\"' TERM INT\n"
                + "( while :; do touch \"$d/" + HEARTBEAT + "\"; sleep " + HEARTBEAT_SECONDS + "; done ) &\n"
                + "hb=$!\n"
                + "sh \"$d/" + COMMAND + "\" > \"$d/" + LOG + "\" 2>&1\n"
                + "rc=$?\n"
                + "kill $hb 2>/dev/null\n"
                + "echo $rc > \"$d/" + EXIT + ".tmp\" && mv \"$d/" + EXIT + ".tmp\" \"$d/" + EXIT + "\"\n";
    }

    /**
     * The argv that starts the runner in the background, in its own session (so that stopping it can signal
     * the whole process group), and returns at once. It does nothing when the run was already started, so
     * launching again after a controller restart is safe.
     *
     * @param controlDir the control folder, relative to the workspace (the launch's working directory)
     */
    public static List<String> launchArgv(String controlDir) {
        String d = quote(controlDir);
        return List.of("sh", "-c",
                "[ -f " + d + "/" + PID + " ] && exit 0; "
                        + "if command -v setsid >/dev/null 2>&1; then s=setsid; else s=; fi; "
                        + "nohup $s sh " + d + "/" + RUNNER + " >/dev/null 2>&1 & echo $! > " + d + "/" + PID);
    }

    /** The argv that terminates the process group of a run started by {@link #launchArgv(String)}. */
    public static List<String> stopArgv(String controlDir) {
        String pid = "$(cat " + quote(controlDir) + "/" + PID + " 2>/dev/null)";
        return List.of("sh", "-c",
                "p=" + pid + "; [ -n \"$p\" ] && { kill -TERM -$p 2>/dev/null || kill -TERM $p 2>/dev/null; }; true");
    }

    /** Single-quotes a word for {@code sh}. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }
}
