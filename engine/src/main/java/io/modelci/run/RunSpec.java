package io.modelci.run;

import io.modelci.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What to run for a training run and what to record from it. Immutable; serialises to and from JSON with Jackson,
 * so that it can cross a process or agent boundary as text.
 *
 * @param model the model's name (what the registry registers it as); may be null
 * @param command the program and its arguments, or empty when {@code shell} is set
 * @param shell a shell command line run with {@code sh -c}, or null when {@code command} is set
 * @param workingDir the directory the command runs in; artifacts and globs are relative to it
 * @param environment variables added to the inherited environment
 * @param timeoutSeconds the longest the run may take, 0 for no limit
 * @param image a Docker image to run the command in, or null to run it directly
 * @param dockerArgs extra arguments for {@code docker run}, placed before the image
 * @param metricFiles metric files or directories (relative to the working directory) read when the run ends
 * @param logMetricsPattern a regular expression that finds metrics in the output lines, or null
 * @param artifacts globs of the files to record, such as {@code model/**} or {@code *.pt}
 * @param data data paths whose contents are fingerprinted for the lineage
 * @param params the run's parameters (hyper-parameters and the like), recorded as given
 * @param logFile where the output is written (relative to the working directory), or null for none
 */
public record RunSpec(String model, List<String> command, String shell, String workingDir,
        SortedMap<String, String> environment, long timeoutSeconds, String image, List<String> dockerArgs,
        List<String> metricFiles, String logMetricsPattern, List<String> artifacts, List<String> data,
        SortedMap<String, String> params, String logFile) {

    public RunSpec {
        command = command == null ? List.of() : List.copyOf(command);
        environment = environment == null ? new TreeMap<>() : new TreeMap<>(environment);
        dockerArgs = dockerArgs == null ? List.of() : List.copyOf(dockerArgs);
        metricFiles = metricFiles == null ? List.of() : List.copyOf(metricFiles);
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
        data = data == null ? List.of() : List.copyOf(data);
        params = params == null ? new TreeMap<>() : new TreeMap<>(params);
        if (command.isEmpty() == (shell == null || shell.isBlank())) {
            throw InputException.ofField("command", "give either a command (argv) or a shell line, exactly one");
        }
        if (workingDir == null || workingDir.isBlank()) {
            throw InputException.ofField("workingDir", "the working directory is required");
        }
        if (timeoutSeconds < 0) {
            throw InputException.ofField("timeout", "must not be negative");
        }
    }

    /** The argv that runs the command on this machine (or inside the container): {@code sh -c} for a shell line. */
    public List<String> argv() {
        return shell != null && !shell.isBlank() ? List.of("sh", "-c", shell) : command;
    }

    /** A builder; {@code workingDir} and a command are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RunSpec} step by step. */
    public static final class Builder {
        private String model;
        private List<String> command = new ArrayList<>();
        private String shell;
        private String workingDir;
        private final Map<String, String> environment = new TreeMap<>();
        private long timeoutSeconds;
        private String image;
        private final List<String> dockerArgs = new ArrayList<>();
        private final List<String> metricFiles = new ArrayList<>();
        private String logMetricsPattern;
        private final List<String> artifacts = new ArrayList<>();
        private final List<String> data = new ArrayList<>();
        private final Map<String, String> params = new TreeMap<>();
        private String logFile;

        public Builder model(final String value) {
            model = value;
            return this;
        }

        public Builder command(final List<String> argv) {
            command = new ArrayList<>(argv);
            return this;
        }

        public Builder command(final String... argv) {
            return command(List.of(argv));
        }

        public Builder shell(final String line) {
            shell = line;
            return this;
        }

        public Builder workingDir(final String value) {
            workingDir = value;
            return this;
        }

        public Builder workingDir(final java.nio.file.Path value) {
            return workingDir(value.toAbsolutePath().normalize().toString());
        }

        public Builder env(final String name, final String value) {
            environment.put(name, value);
            return this;
        }

        public Builder environment(final Map<String, String> values) {
            environment.putAll(values);
            return this;
        }

        public Builder timeout(final java.time.Duration value) {
            timeoutSeconds = value == null ? 0 : Math.max(1, value.toSeconds());
            return this;
        }

        public Builder image(final String value) {
            image = value;
            return this;
        }

        public Builder dockerArgs(final List<String> values) {
            dockerArgs.addAll(values);
            return this;
        }

        public Builder metricFile(final String path) {
            metricFiles.add(path);
            return this;
        }

        public Builder logMetricsPattern(final String regex) {
            logMetricsPattern = regex;
            return this;
        }

        public Builder artifact(final String glob) {
            artifacts.add(glob);
            return this;
        }

        public Builder data(final String path) {
            data.add(path);
            return this;
        }

        public Builder param(final String name, final String value) {
            params.put(name, value);
            return this;
        }

        public Builder logFile(final String path) {
            logFile = path;
            return this;
        }

        public RunSpec build() {
            return new RunSpec(model, command, shell, workingDir, new TreeMap<>(environment), timeoutSeconds, image,
                    dockerArgs, metricFiles, logMetricsPattern, artifacts, data, new TreeMap<>(params), logFile);
        }
    }
}
