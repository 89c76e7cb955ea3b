package io.modelci.registry;

import java.util.List;

/**
 * Where a model version came from. Every field may be null when unknown, except {@code gpus} (empty then).
 *
 * @param sourceCommit the commit of the training code
 * @param dataFingerprint the fingerprint of the training data
 * @param image the container image the training ran in
 * @param gpus the GPUs it ran on (names or UUIDs)
 * @param buildUrl the CI build that produced it
 * @param who the person or service account that registered it
 */
public record Lineage(String sourceCommit, String dataFingerprint, String image, List<String> gpus,
        String buildUrl, String who) {
    public Lineage {
        gpus = gpus == null ? List.of() : List.copyOf(gpus);
    }

    /** Lineage that only knows who registered the version. */
    public static Lineage by(final String who) {
        return new Lineage(null, null, null, List.of(), null, who);
    }
}
