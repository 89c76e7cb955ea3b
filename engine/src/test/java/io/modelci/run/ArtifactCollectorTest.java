package io.modelci.run;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArtifactCollectorTest {
    private static final String FINAL_SHA256 = "2443630b4620165c8b173e7265e17526fe2787ae594364dd6d839ad58f2fc007";

    @TempDir
    Path temp;

    private Path work() throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        Files.createDirectories(work.resolve("model/checkpoints"));
        Files.writeString(work.resolve("model/config.json"), "{}");
        Files.writeString(work.resolve("model/checkpoints/epoch-3.pt"), "three");
        Files.writeString(work.resolve("final.pt"), "final");
        Files.writeString(work.resolve("notes.txt"), "not an artifact");
        return work;
    }

    @Test
    void shouldMatchDeepAndShallowGlobs() throws Exception {
        Path work = work();
        List<String> warnings = new ArrayList<>();

        List<Artifact> artifacts = ArtifactCollector.collect(work, List.of("model/**", "*.pt"), warnings);

        assertThat(artifacts).extracting(Artifact::path)
                .containsExactly("final.pt", "model/checkpoints/epoch-3.pt", "model/config.json");
        // sha256sum of "final" (no newline)
        assertThat(artifacts.get(0)).isEqualTo(new Artifact("final.pt", 5, FINAL_SHA256));
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldNeverCollectModelCisOwnControlFiles() throws Exception {
        Path work = work();
        Files.createDirectories(work.resolve(".modelci/runs/42"));
        Files.writeString(work.resolve(".modelci/runs/42/log"), "the training's output");
        Files.createDirectories(work.resolve("sub/.modelci"));
        Files.writeString(work.resolve("sub/.modelci/kept.bin"), "a user's folder of that name, deeper down");

        List<Artifact> artifacts = ArtifactCollector.collect(work, List.of("**"), new ArrayList<>());

        assertThat(artifacts).extracting(Artifact::path).containsExactly("final.pt", "model/checkpoints/epoch-3.pt",
                "model/config.json", "notes.txt", "sub/.modelci/kept.bin");
    }

    @Test
    void shouldWarnAboutAGlobThatMatchesNothing() throws Exception {
        List<String> warnings = new ArrayList<>();

        ArtifactCollector.collect(work(), List.of("*.onnx"), warnings);

        assertThat(warnings).containsExactly("artifact glob '*.onnx' matched no file");
    }

    @Test
    void shouldRejectGlobsThatLeaveTheWorkingDirectory() {
        assertThatThrownBy(() -> ArtifactCollector.validate("../other/*.pt")).isInstanceOf(InputException.class)
                .hasMessageContaining("climbs out of the working directory");
        assertThatThrownBy(() -> ArtifactCollector.validate("model/../../x")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> ArtifactCollector.validate("/etc/passwd")).isInstanceOf(InputException.class)
                .hasMessageContaining("absolute path");
        assertThatThrownBy(() -> ArtifactCollector.validate("~/models/*")).isInstanceOf(InputException.class);
    }

    @Test
    void shouldRejectALinkThatPointsOutside() throws Exception {
        Path work = work();
        Path outside = Files.writeString(temp.resolve("secret.key"), "do not publish");
        Files.createSymbolicLink(work.resolve("model/leak.key"), outside);

        assertThatThrownBy(() -> ArtifactCollector.collect(work, List.of("model/**"), new ArrayList<>()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'model/leak.key' is a symbolic link to")
                .hasMessageContaining("outside the working directory");
    }

    @Test
    void shouldFollowALinkThatStaysInside() throws Exception {
        Path work = work();
        Files.createSymbolicLink(work.resolve("latest.pt"), work.resolve("model/checkpoints/epoch-3.pt"));

        List<Artifact> artifacts = ArtifactCollector.collect(work, List.of("latest.pt"), new ArrayList<>());

        assertThat(artifacts).singleElement().satisfies(artifact -> {
            assertThat(artifact.size()).isEqualTo(5);
            assertThat(artifact.sha256()).isEqualTo(Sha256.of(work.resolve("model/checkpoints/epoch-3.pt")));
        });
    }

    @Test
    void shouldNotDescendIntoALinkedDirectoryOutside() throws Exception {
        Path work = work();
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("big.pt"), "x");
        Files.createSymbolicLink(work.resolve("mnt"), outside);

        assertThat(ArtifactCollector.collect(work, List.of("mnt/*.pt"), new ArrayList<>())).isEmpty();
    }
}
