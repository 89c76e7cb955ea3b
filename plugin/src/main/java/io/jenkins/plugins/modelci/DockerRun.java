package io.jenkins.plugins.modelci;

import io.modelci.gpu.Gpu;
import io.modelci.run.DockerCommand;
import io.modelci.run.RunSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * {@code trainModel(image: ...)}: the engine's {@code docker run} line for the command, with the GPUs an
 * enclosing {@code withGpus} allocated. Free of Jenkins types so it is tested offline.
 */
@Restricted(NoExternalUse.class)
public final class DockerRun {
    private DockerRun() {
    }

    /** The GPUs {@code withGpus} put in the environment ({@code MODELCI_GPUS} indices, UUIDs), else none. */
    public static List<Gpu> allocatedGpus(Map<String, String> env) {
        String indices = env.get(WithGpusExecution.GPUS_VARIABLE);
        if (indices == null || indices.isBlank()) {
            return List.of();
        }
        String[] uuids = env.getOrDefault("CUDA_VISIBLE_DEVICES", "").split(",");
        List<Gpu> gpus = new ArrayList<>();
        String[] parts = indices.split(",");
        for (int i = 0; i < parts.length; i++) {
            gpus.add(new Gpu(Integer.parseInt(parts[i].trim()), i < uuids.length ? uuids[i].trim() : "", "allocated",
                    0, -1, -1));
        }
        return gpus;
    }

    /** The shell line that runs the training command in the image, the workspace mounted at the same path. */
    public static String commandLine(TrainSpec spec, String workspace, String containerName, List<Gpu> gpus) {
        RunSpec.Builder b = RunSpec.builder().model(spec.model).shell(spec.command).workingDir(workspace)
                .image(spec.image);
        if (spec.dockerArgs != null) {
            b.dockerArgs(Arrays.stream(spec.dockerArgs.trim().split("\\s+")).toList());
        }
        return DockerCommand.argv(b.build(), containerName, gpus).stream().map(DetachedCommand::quote)
                .collect(Collectors.joining(" "));
    }
}
