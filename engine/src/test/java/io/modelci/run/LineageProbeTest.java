package io.modelci.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineageProbeTest {
    @TempDir
    Path work;

    private void git(final String... arguments) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test", "-c",
                "user.email=test@example.com", "-c", "commit.gpgsign=false"));
        argv.addAll(List.of(arguments));
        Process process = new ProcessBuilder(argv).directory(work.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).isZero();
    }

    @Test
    void shouldRecordTheCommitAndWhetherTrackedFilesChanged() throws Exception {
        git("init", "-q");
        Files.writeString(work.resolve("train.py"), "print('hi')\n");
        Files.createDirectories(work.resolve("data"));
        Files.writeString(work.resolve("data/rows.csv"), "a\n1\n");
        git("add", ".");
        git("commit", "-q", "-m", "first");
        RunSpec spec = RunSpec.builder().command("true").workingDir(work).data("data").build();

        Lineage clean = LineageProbe.probe(spec, List.of());
        Files.writeString(work.resolve("untracked.log"), "output");
        Lineage stillClean = LineageProbe.probe(spec, List.of());
        Files.writeString(work.resolve("train.py"), "print('changed')\n");
        Lineage dirty = LineageProbe.probe(spec, List.of());

        assertThat(clean.sourceCommit()).matches("[0-9a-f]{40}");
        assertThat(clean.sourceDirty()).isFalse();
        assertThat(stillClean.sourceDirty()).isFalse();
        assertThat(dirty.sourceDirty()).isTrue();
        assertThat(clean.dataFingerprint()).isEqualTo(DataFingerprint.of(work, List.of("data")));
    }

    @Test
    void shouldLeaveTheCommitUnknownOutsideARepository() throws Exception {
        Lineage lineage = LineageProbe.probe(RunSpec.builder().command("true").workingDir(work).build(), List.of());

        assertThat(lineage.sourceCommit()).isNull();
        assertThat(lineage.sourceDirty()).isNull();
        assertThat(lineage.dataFingerprint()).isNull();
    }

    @Test
    void shouldReadTheFirstRepositoryDigest() {
        assertThat(LineageProbe.firstDigest("[\"pytorch/pytorch@sha256:0123abcd\"]"))
                .contains("pytorch/pytorch@sha256:0123abcd");
        assertThat(LineageProbe.firstDigest("[]")).isEmpty();
        assertThat(LineageProbe.imageDigest(work, "no-such-image-for-modelci:never")).isEmpty();
    }
}
