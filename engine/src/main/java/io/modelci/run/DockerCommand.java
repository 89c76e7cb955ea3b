package io.modelci.run;

import io.modelci.gpu.Gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exact {@code docker run} argv for a run spec with an image.
 *
 * <p>The workspace is mounted at the same path inside the container (so paths in logs, metric files and
 * artifacts mean the same on both sides) and is the container's working directory. Environment variables are
 * passed by name ({@code -e NAME}) and their values through the environment of the {@code docker} client, so
 * secrets never show in the process list. The allocated GPUs go to {@code --gpus "device=0,1"}; inside the
 * container they are renumbered from 0, which is why the host's {@code CUDA_VISIBLE_DEVICES} and
 * {@code NVIDIA_VISIBLE_DEVICES} are not forwarded. The container is named so that an abort can
 * {@code docker kill} it even when the client is already gone.
 */
public final class DockerCommand {
    /** Variables that describe the host's GPU numbering and must not enter the container. */
    static final Set<String> HOST_GPU_VARIABLES = Set.of(GpuEnvironment.CUDA_VISIBLE_DEVICES,
            GpuEnvironment.NVIDIA_VISIBLE_DEVICES);

    private DockerCommand() {
    }

    /**
     * The {@code docker run} argv.
     *
     * @param spec the run; its image must be set
     * @param containerName the name given to the container
     * @param gpus the allocated GPUs, possibly empty
     */
    public static List<String> argv(final RunSpec spec, final String containerName, final List<Gpu> gpus) {
        if (spec.image() == null || spec.image().isBlank()) {
            throw new IllegalArgumentException("the run has no image");
        }
        List<String> argv = new ArrayList<>();
        argv.add("docker");
        argv.add("run");
        argv.add("--rm");
        argv.add("--name");
        argv.add(containerName);
        argv.add("-v");
        argv.add(spec.workingDir() + ":" + spec.workingDir());
        argv.add("-w");
        argv.add(spec.workingDir());
        if (!gpus.isEmpty()) {
            argv.add("--gpus");
            // The quotes are part of the value: docker reads it as CSV, where a bare comma would split it.
            argv.add("\"device=" + gpus.stream().map(gpu -> Integer.toString(gpu.index()))
                    .collect(Collectors.joining(",")) + "\"");
        }
        for (String name : spec.environment().keySet()) {
            if (!HOST_GPU_VARIABLES.contains(name)) {
                argv.add("-e");
                argv.add(name);
            }
        }
        argv.addAll(spec.dockerArgs());
        argv.add(spec.image());
        argv.addAll(spec.argv());
        return argv;
    }

    /** The argv that stops the named container at once. */
    public static List<String> killArgv(final String containerName) {
        return List.of("docker", "kill", containerName);
    }
}
