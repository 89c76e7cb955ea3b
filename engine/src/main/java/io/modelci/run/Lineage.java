package io.modelci.run;

import java.util.List;

/**
 * Where a run's result came from: enough to reproduce it or to tell two runs apart.
 *
 * @param sourceCommit the {@code git rev-parse HEAD} of the working directory, or null outside a repository
 * @param sourceDirty whether tracked files had uncommitted changes, or null outside a repository
 * @param dataFingerprint the {@link DataFingerprint} of the data paths, or null when none were named
 * @param dataPaths the data paths as named
 * @param image the Docker image, or null when the command ran directly
 * @param imageDigest the image's repository digest ({@code name@sha256:...}), or null when unknown
 * @param gpus the GPUs the run was given
 * @param host the machine's host name
 */
public record Lineage(String sourceCommit, Boolean sourceDirty, String dataFingerprint, List<String> dataPaths,
        String image, String imageDigest, List<UsedGpu> gpus, String host) {
    public Lineage {
        dataPaths = dataPaths == null ? List.of() : List.copyOf(dataPaths);
        gpus = gpus == null ? List.of() : List.copyOf(gpus);
    }
}
