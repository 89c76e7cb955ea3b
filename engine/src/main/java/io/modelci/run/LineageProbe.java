package io.modelci.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Asks git, docker and the host what a run's lineage is. Each question that cannot be answered stays null. */
public final class LineageProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private LineageProbe() {
    }

    /** The lineage of a run of this spec on these GPUs. */
    public static Lineage probe(final RunSpec spec, final List<UsedGpu> gpus) throws IOException {
        Path directory = Path.of(spec.workingDir());
        Optional<String> commit = ExternalCommand.output(directory, TIMEOUT, List.of("git", "rev-parse", "HEAD"));
        Boolean dirty = commit.isEmpty() ? null : ExternalCommand.output(directory, TIMEOUT,
                List.of("git", "status", "--porcelain", "--untracked-files=no")).map(s -> !s.isEmpty()).orElse(null);
        String fingerprint = spec.data().isEmpty() ? null : DataFingerprint.of(directory, spec.data());
        String digest = spec.image() == null ? null : imageDigest(directory, spec.image()).orElse(null);
        return new Lineage(commit.orElse(null), dirty, fingerprint, spec.data(), spec.image(), digest, gpus,
                hostName());
    }

    /** The first repository digest {@code docker image inspect} knows for the image. */
    static Optional<String> imageDigest(final Path directory, final String image) {
        return ExternalCommand.output(directory, TIMEOUT,
                List.of("docker", "image", "inspect", "--format", "{{json .RepoDigests}}", image))
                .flatMap(LineageProbe::firstDigest);
    }

    static Optional<String> firstDigest(final String json) {
        try {
            JsonNode digests = new ObjectMapper().readTree(json);
            return digests != null && digests.isArray() && !digests.isEmpty()
                    ? Optional.of(digests.get(0).asText()) : Optional.empty();
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (IOException e) {
            return "unknown";
        }
    }
}
