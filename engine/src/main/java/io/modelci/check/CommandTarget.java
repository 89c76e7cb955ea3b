package io.modelci.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A model behind a command: the inputs go to its standard input as JSON Lines (one object per line) and each line
 * it prints is the answer to the input of the same position. The command runs once, through {@code sh -c} (or
 * {@code cmd /c} on Windows), and is killed when it takes longer than the timeout.
 */
public final class CommandTarget implements PredictionTarget {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STDERR_KEPT = 2000;

    private final String command;
    private final Duration timeout;
    private final Path workingDirectory;

    /**
     * @param command the command line, as a shell would read it
     * @param timeout how long the whole run may take
     * @param workingDirectory where it runs, or null for the current folder
     */
    public CommandTarget(final String command, final Duration timeout, final Path workingDirectory) {
        this.command = command;
        this.timeout = timeout;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public List<TargetAnswer> answerAll(final List<JsonNode> inputs) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        ProcessBuilder builder = windows ? new ProcessBuilder("cmd", "/c", command)
                : new ProcessBuilder("sh", "-c", command);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        Process process;
        try {
            process = builder.start();
        }
        catch (IOException e) {
            return failAll(inputs.size(), "cannot start the command: " + e.getMessage());
        }
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        StringBuilder stderr = new StringBuilder();
        Thread writer = daemon(() -> writeInputs(process, inputs));
        Thread reader = daemon(() -> readLines(process, lines));
        Thread errors = daemon(() -> readTail(process, stderr));
        try {
            boolean finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (!finished) {
                // Children (the shell's own commands) hold the pipes open; they go too.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            reader.join(1000);
            errors.join(1000);
            writer.join(100);
            String failure = !finished ? "the command did not finish within " + timeout.toMillis() + " ms"
                    : process.exitValue() != 0 ? "the command exited with " + process.exitValue() + tail(stderr)
                    : null;
            return answers(inputs.size(), new ArrayList<>(lines), failure);
        }
        catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return failAll(inputs.size(), "interrupted");
        }
    }

    private static List<TargetAnswer> answers(final int count, final List<String> lines, final String failure) {
        List<TargetAnswer> answers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i >= lines.size()) {
                answers.add(TargetAnswer.failed(failure != null ? failure
                        : "the command printed " + lines.size() + " answers for " + count + " inputs"));
                continue;
            }
            try {
                answers.add(TargetAnswer.of(JSON.readTree(lines.get(i))));
            }
            catch (JsonProcessingException e) {
                answers.add(TargetAnswer.failed("answer line " + (i + 1) + " is not JSON: "
                        + HttpTarget.abbreviate(lines.get(i))));
            }
        }
        return answers;
    }

    private static void writeInputs(final Process process, final List<JsonNode> inputs) {
        try (BufferedWriter out = new BufferedWriter(
                new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8))) {
            for (JsonNode input : inputs) {
                out.write(JSON.writeValueAsString(input));
                out.write('\n');
            }
        }
        catch (IOException e) {
            // The command closed its input early; its answers (or exit code) tell what went wrong.
        }
    }

    private static void readLines(final Process process, final List<String> lines) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        catch (IOException e) {
            // Killed on timeout: the lines read so far stand.
        }
    }

    private static void readTail(final Process process, final StringBuilder tail) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (tail) {
                    tail.append(line).append('\n');
                    if (tail.length() > STDERR_KEPT) {
                        tail.delete(0, tail.length() - STDERR_KEPT);
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(final StringBuilder stderr) {
        synchronized (stderr) {
            String text = stderr.toString().strip();
            return text.isEmpty() ? "" : "; its error output ends: " + HttpTarget.abbreviate(text);
        }
    }

    private static Thread daemon(final Runnable task) {
        Thread thread = new Thread(task, "golden-command");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static List<TargetAnswer> failAll(final int count, final String error) {
        return Collections.nCopies(count, TargetAnswer.failed(error));
    }

    @Override
    public String describe() {
        return command;
    }
}
