package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code trainModel} hands the build's artifact manager: computed from a real run record collected on a real
 * workspace, and refused when a name or path would leave the workspace or the build's artifacts.
 */
class TrainArchiveTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CONTROL = ".modelci/runs/r1";

    @TempDir
    Path ws;

    private JsonNode collectedRun(List<String> artifacts) throws Exception {
        Files.createDirectories(ws.resolve("model/sub"));
        Files.writeString(ws.resolve("model/weights.bin"), "weights");
        Files.writeString(ws.resolve("model/sub/vocab.txt"), "a b c");
        Files.writeString(ws.resolve("notes.txt"), "not part of the model");
        Path control = Files.createDirectories(ws.resolve(CONTROL));
        Files.writeString(control.resolve(DetachedCommand.LOG), "epoch 1 loss=0.8\n");
        TrainSpec spec = new TrainSpec("churn", "sh train.sh", null, null, 0, 0, List.of(), true, artifacts,
                List.of(), Map.of());
        return MAPPER.readTree(TrainingRecorder.collect(ws, spec, CONTROL, 1_700_000_000_000L, 1_000)).path("run");
    }

    @Test
    void shouldArchiveTheRecordedArtifactsUnderTheirWorkspacePathsWithTheRunRecordAndLog() throws Exception {
        JsonNode run = collectedRun(List.of("model/**"));

        TreeMap<String, String> files = TrainArchive.afterSuccess("churn", run, CONTROL);

        assertThat(files).containsExactly(
                entry("model-ci/churn/run.json", CONTROL + "/run.json"),
                entry("model-ci/churn/train.log", CONTROL + "/log"),
                entry("model/sub/vocab.txt", "model/sub/vocab.txt"),
                entry("model/weights.bin", "model/weights.bin"));
        for (String path : files.values()) {
            assertThat(ws.resolve(path)).as(path).isRegularFile(); // every source exists in the workspace
        }
    }

    @Test
    void shouldWriteTheRunRecordThatIsArchivedIntoTheControlFolder() throws Exception {
        JsonNode run = collectedRun(List.of("model/weights.bin"));

        JsonNode written = MAPPER.readTree(ws.resolve(CONTROL).resolve(TrainArchive.RUN_RECORD).toFile());

        assertThat(written).isEqualTo(run);
        assertThat(written.path("model").asText()).isEqualTo("churn");
        assertThat(written.at("/artifacts/0/path").asText()).isEqualTo("model/weights.bin");
        assertThat(written.at("/artifacts/0/sha256").asText()).hasSize(64);
    }

    @Test
    void shouldArchiveTheRunRecordAndLogEvenWithoutArtifactGlobs() throws Exception {
        JsonNode run = collectedRun(List.of());

        assertThat(TrainArchive.afterSuccess("churn", run, CONTROL).keySet())
                .containsExactly("model-ci/churn/run.json", "model-ci/churn/train.log");
    }

    @Test
    void shouldArchiveOnlyTheLogAfterAFailedRun() {
        assertThat(TrainArchive.afterFailure("churn", CONTROL))
                .containsExactly(entry("model-ci/churn/train.log", CONTROL + "/log"));
    }

    @Test
    void shouldLetTheStepsOwnFilesWinOverAUserFileOfTheSameName() throws Exception {
        JsonNode run = MAPPER.readTree("{\"artifacts\": [{\"path\": \"model-ci/churn/run.json\"},"
                + " {\"path\": \"model-ci/other.bin\"}]}");

        TreeMap<String, String> files = TrainArchive.afterSuccess("churn", run, CONTROL);

        assertThat(files).containsEntry("model-ci/churn/run.json", CONTROL + "/run.json")
                .containsEntry("model-ci/other.bin", "model-ci/other.bin").hasSize(3);
    }

    @Test
    void shouldRefuseArtifactPathsFromTheAgentThatWouldLeaveTheWorkspace() {
        for (String path : List.of("../secret", "model/../../secret", "/etc/passwd", "C:/Windows/x", "a\\..\\..\\b",
                "model//x", "./model/x", "model/.", "")) {
            JsonNode run = MAPPER.createObjectNode().set("artifacts",
                    MAPPER.createArrayNode().add(MAPPER.createObjectNode().put("path", path)));
            assertThatThrownBy(() -> TrainArchive.afterSuccess("churn", run, CONTROL)).as(path)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("trainModel: will not archive '" + path + "'");
        }
        JsonNode noPath = MAPPER.createObjectNode().set("artifacts",
                MAPPER.createArrayNode().add(MAPPER.createObjectNode()));
        assertThatThrownBy(() -> TrainArchive.afterSuccess("churn", noPath, CONTROL)).hasMessageContaining("is empty");
    }

    @Test
    void shouldRefuseAControlFolderOutsideTheWorkspace() {
        assertThatThrownBy(() -> TrainArchive.afterFailure("churn", "/tmp/runs/r1"))
                .hasMessageContaining("is absolute");
    }

    @Test
    void shouldAcceptOrdinaryNamesWithDotsAndSpaces() {
        assertThat(TrainArchive.checked("model/v1.2/weights file..bin")).isEqualTo("model/v1.2/weights file..bin");
        assertThat(TrainArchive.checked(".hidden/model.pt")).isEqualTo(".hidden/model.pt");
    }

    @Test
    void shouldRejectArtifactGlobsOutsideTheWorkspaceNamingTheStepAndField() {
        assertThat(StepArguments.artifactGlobs("trainModel", List.of("model/**", "*.pt")))
                .containsExactly("model/**", "*.pt");
        assertThatThrownBy(() -> StepArguments.artifactGlobs("trainModel", List.of("model/**", "../other/**")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("trainModel: ")
                .hasMessageContaining("'artifacts'")
                .hasMessageContaining("'../other/**'");
        assertThatThrownBy(() -> StepArguments.artifactGlobs("trainModel", List.of("/home/me/model.pt")))
                .hasMessageContaining("'artifacts'").hasMessageContaining("absolute");
    }

    @Test
    void shouldNameAtMostAFewArchivedFilesInTheBuildLog() {
        TreeMap<String, String> many = new TreeMap<>();
        for (int i = 0; i < 25; i++) {
            many.put(String.format("model/shard-%02d.bin", i), "x");
        }

        assertThat(TrainArchive.describe(Map.of("model/a.bin", "model/a.bin"), 10)).isEqualTo("1 file: model/a.bin");
        assertThat(TrainArchive.describe(many, 2))
                .isEqualTo("25 files: model/shard-00.bin, model/shard-01.bin and 23 more");
    }

    @Test
    void shouldArchiveByDefaultAndLetTheStepTurnItOff() {
        TrainModelStep step = new TrainModelStep("churn", "sh train.sh");
        assertThat(step.isArchive()).isTrue();
        assertThat(new TrainSpec("churn", "c", null, null, 0, 0, List.of(), true, List.of(), List.of(), Map.of())
                .archive).isTrue();

        step.setArchive(false);

        assertThat(step.isArchive()).isFalse();
    }
}
