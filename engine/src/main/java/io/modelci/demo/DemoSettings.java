package io.modelci.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What the demo needs from its caller.
 *
 * @param workdir the working folder: data copy, runs, registry, report (created when missing)
 * @param data the churn data set (examples/data/churn.csv)
 * @param policy the promotion policy (examples/churn-policy.yaml)
 * @param java how to start a JVM with the demo's trainer and scorer on the class path, e.g.
 *        {@code [/usr/bin/java, -cp, modelci.jar]}; the main class and its options are appended
 * @param who the name recorded in the registry's audit history
 * @param bootstrap bootstrap resamples for the evaluation intervals
 */
public record DemoSettings(Path workdir, Path data, Path policy, List<String> java, String who, int bootstrap) {
    /** The registered model's name. */
    public static final String MODEL = "churn";
    /** Resamples for the evaluation intervals unless told otherwise. */
    public static final int DEFAULT_BOOTSTRAP = 1000;

    public DemoSettings {
        workdir = workdir.toAbsolutePath().normalize();
        data = data.toAbsolutePath().normalize();
        policy = policy.toAbsolutePath().normalize();
        java = List.copyOf(java);
        if (java.isEmpty()) {
            throw new IllegalArgumentException("the java command is empty");
        }
    }

    /** The embedded registry's folder inside the working folder. */
    public Path registryFolder() {
        return workdir.resolve(".modelci").resolve("registry");
    }

    /** Where the story's report is written. */
    public Path reportFolder() {
        return workdir.resolve("report");
    }
}
