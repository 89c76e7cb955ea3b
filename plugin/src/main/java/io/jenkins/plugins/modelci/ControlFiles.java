package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import jenkins.MasterToSlaveFileCallable;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The agent side of a durable training run: file work in the run's control folder, always through
 * {@code FilePath.act}, with results crossing the channel as JSON strings.
 */
@Restricted(NoExternalUse.class)
public final class ControlFiles {
    /** At most this much log is carried to the controller per poll, so a chatty trainer cannot flood it. */
    static final int MAX_LOG_CHUNK = 256 * 1024;

    private ControlFiles() {
    }

    /** Creates the control folder with the command and the runner script. */
    static final class Prepare extends MasterToSlaveFileCallable<Void> {
        private static final long serialVersionUID = 1L;
        private final String controlDir;
        private final String command;

        Prepare(String controlDir, String command) {
            this.controlDir = controlDir;
            this.command = command;
        }

        @Override
        public Void invoke(File workspace, VirtualChannel channel) throws IOException {
            File dir = new File(workspace, controlDir);
            Files.createDirectories(dir.toPath());
            Files.writeString(new File(dir, DetachedCommand.COMMAND).toPath(), command + "\n", StandardCharsets.UTF_8);
            Files.writeString(new File(dir, DetachedCommand.RUNNER).toPath(), DetachedCommand.runnerScript(),
                    StandardCharsets.UTF_8);
            return null;
        }
    }

    /**
     * Reads what is new in the log from {@code offset}, the exit status if the command finished, and the age of
     * the heartbeat; answers {@code {"exit": 0 | null, "started": bool, "heartbeatAgeMillis": n, "offset": n,
     * "log": "...", "complete": bool}}; complete means exited and the whole log has been handed on.
     */
    static final class Poll extends MasterToSlaveFileCallable<String> {
        private static final long serialVersionUID = 1L;
        private final String controlDir;
        private final long offset;

        Poll(String controlDir, long offset) {
            this.controlDir = controlDir;
            this.offset = offset;
        }

        @Override
        public String invoke(File workspace, VirtualChannel channel) throws IOException {
            File dir = new File(workspace, controlDir);
            ObjectNode out = new ObjectMapper().createObjectNode();
            File exit = new File(dir, DetachedCommand.EXIT);
            boolean finished = exit.isFile();
            if (finished) {
                out.put("exit", Integer.parseInt(Files.readString(exit.toPath(), StandardCharsets.UTF_8).trim()));
            } else {
                out.putNull("exit");
            }
            out.put("started", new File(dir, DetachedCommand.PID).isFile());
            File heartbeat = new File(dir, DetachedCommand.HEARTBEAT);
            out.put("heartbeatAgeMillis", heartbeat.isFile()
                    ? Math.max(0, System.currentTimeMillis() - heartbeat.lastModified()) : -1);
            File log = new File(dir, DetachedCommand.LOG);
            long next = offset;
            String chunk = "";
            if (log.isFile() && log.length() > offset) {
                try (RandomAccessFile raf = new RandomAccessFile(log, "r")) {
                    int n = (int) Math.min(MAX_LOG_CHUNK, raf.length() - offset);
                    byte[] bytes = new byte[n];
                    raf.seek(offset);
                    raf.readFully(bytes);
                    int whole = LogChunks.wholeLines(bytes, n, raf.length() - offset > n, finished);
                    chunk = new String(bytes, 0, whole, StandardCharsets.UTF_8);
                    next = offset + whole;
                }
            }
            out.put("offset", next);
            out.put("complete", finished && next >= (log.isFile() ? log.length() : 0));
            out.put("log", chunk);
            return out.toString();
        }
    }
}
