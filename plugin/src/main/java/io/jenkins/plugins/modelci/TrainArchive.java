package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What {@code trainModel} archives into the build's artifacts, as the map Jenkins' {@code ArtifactManager.archive}
 * takes: name in the build's artifacts → path relative to the workspace, both {@code /}-separated.
 *
 * <ul>
 * <li>after a successful run: every artifact the run record lists (the files that were hashed, under their
 *     workspace-relative names), plus {@value #PREFIX}{@code <model>/run.json} (the run record) and
 *     {@value #PREFIX}{@code <model>/train.log} (the command's output);</li>
 * <li>after a failed run (non-zero exit, timeout): only the log, so the failure can be read after the workspace
 *     is gone; a failed run's files are no model version and may be half-written.</li>
 * </ul>
 * The artifact paths come from the agent, and the standard artifact manager writes each name below the build's
 * folder on the controller, so every name and path is checked here to be relative and free of {@code ..}.
 * Free of Jenkins types so it is tested offline.
 */
@Restricted(NoExternalUse.class)
final class TrainArchive {
    /** Where the step's own files go in the build's artifacts, beside the user's. */
    static final String PREFIX = "model-ci/";
    /** The run record's file name, in the control folder and in the artifacts. */
    static final String RUN_RECORD = "run.json";
    static final String LOG = "train.log";

    private TrainArchive() {
    }

    /** @return the artifacts' name of the training log of {@code model} */
    static String logName(String model) {
        return PREFIX + model + "/" + LOG;
    }

    /** @return the artifacts' name of the run record of {@code model} */
    static String recordName(String model) {
        return PREFIX + model + "/" + RUN_RECORD;
    }

    /**
     * @param run the engine's {@code TrainingRun} as JSON (its {@code artifacts[].path} are workspace-relative)
     * @param controlDir the run's control folder, relative to the workspace
     */
    static TreeMap<String, String> afterSuccess(String model, JsonNode run, String controlDir) {
        TreeMap<String, String> files = new TreeMap<>();
        for (String path : artifactPaths(run)) {
            files.put(path, path);
        }
        // The step's own files win over a user's file of the same name: their names are documented as reserved.
        files.put(recordName(model), checked(controlDir + "/" + RUN_RECORD));
        files.put(logName(model), checked(controlDir + "/" + DetachedCommand.LOG));
        return checkedNames(files);
    }

    /** Only the log: see the class comment. */
    static TreeMap<String, String> afterFailure(String model, String controlDir) {
        TreeMap<String, String> files = new TreeMap<>();
        files.put(logName(model), checked(controlDir + "/" + DetachedCommand.LOG));
        return checkedNames(files);
    }

    /** The run record's artifact paths, each checked. */
    static List<String> artifactPaths(JsonNode run) {
        List<String> paths = new ArrayList<>();
        for (JsonNode artifact : run.path("artifacts")) {
            paths.add(checked(artifact.path("path").asText("")));
        }
        return paths;
    }

    /** For the build log: the names, at most {@code max} of them, so a model of thousands of shards stays readable. */
    static String describe(Map<String, String> files, int max) {
        StringBuilder out = new StringBuilder().append(files.size()).append(files.size() == 1 ? " file: " : " files: ");
        int shown = 0;
        for (String name : files.keySet()) {
            if (shown == max) {
                return out.append(" and ").append(files.size() - max).append(" more").toString();
            }
            out.append(shown++ == 0 ? "" : ", ").append(name);
        }
        return out.toString();
    }

    private static TreeMap<String, String> checkedNames(TreeMap<String, String> files) {
        files.keySet().forEach(TrainArchive::checked);
        return files;
    }

    /**
     * @return {@code path} when it is a plain relative {@code /}-separated path inside the workspace
     * @throws IllegalArgumentException when it is empty, absolute, has a backslash, an empty, {@code .} or
     *     {@code ..} segment (a backslash would be a separator on a Windows controller)
     */
    static String checked(String path) {
        String problem = null;
        if (path == null || path.isEmpty()) {
            problem = "is empty";
        } else if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            problem = "is absolute";
        } else if (path.indexOf('\\') >= 0) {
            problem = "has a backslash";
        } else {
            for (String segment : path.split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                    problem = "has an empty, '.' or '..' segment";
                    break;
                }
            }
        }
        if (problem != null) {
            throw new IllegalArgumentException("trainModel: will not archive '" + path + "': the path " + problem
                    + "; archived files must lie inside the workspace");
        }
        return path;
    }
}
