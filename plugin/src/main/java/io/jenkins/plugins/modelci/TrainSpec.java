package io.jenkins.plugins.modelci;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What {@code trainModel} was asked to do, frozen when the step starts: only strings, numbers and JDK
 * collections, so the step execution that holds it survives a controller restart.
 */
@Restricted(NoExternalUse.class)
public final class TrainSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    final String model;
    final String command;
    final String image;
    final String dockerArgs;
    final int gpus;
    final long timeoutMillis;
    final ArrayList<String> metrics;
    final boolean logMetrics;
    final ArrayList<String> artifacts;
    final ArrayList<String> data;
    final TreeMap<String, String> params;
    /** Archive the artifacts, run record and log into the build's artifacts ({@link TrainArchive}). */
    final boolean archive;

    /** A spec that archives (the step's default). */
    TrainSpec(String model, String command, String image, String dockerArgs, int gpus, long timeoutMillis,
            List<String> metrics, boolean logMetrics, List<String> artifacts, List<String> data,
            Map<String, String> params) {
        this(model, command, image, dockerArgs, gpus, timeoutMillis, metrics, logMetrics, artifacts, data, params,
                true);
    }

    TrainSpec(String model, String command, String image, String dockerArgs, int gpus, long timeoutMillis,
            List<String> metrics, boolean logMetrics, List<String> artifacts, List<String> data,
            Map<String, String> params, boolean archive) {
        this.model = model;
        this.command = command;
        this.image = image;
        this.dockerArgs = dockerArgs;
        this.gpus = gpus;
        this.timeoutMillis = timeoutMillis;
        this.metrics = new ArrayList<>(metrics);
        this.logMetrics = logMetrics;
        this.artifacts = new ArrayList<>(artifacts);
        this.data = new ArrayList<>(data);
        this.params = new TreeMap<>(params);
        this.archive = archive;
    }
}
