package io.modelci.cli;

import io.modelci.gpu.GpuInventory;
import io.modelci.run.RunStatus;
import io.modelci.run.TrainingRun;
import io.modelci.run.TrainingRunJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TrainCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldTrainRecordAndSummarise() throws Exception {
        Path work = temp.resolve("work");
        CliFixtures.trainer(work);
        Path record = temp.resolve("out/run.json");

        CliFixtures.Result result = CliFixtures.run("train", "--model", "churn", "-C", work.toString(),
                "--out", record.toString(), "--metrics", "metrics.json", "--artifacts", "model/**",
                "--param", "lr=0.1", "--env", "SEED=7", "--progress", "1s", "--", "sh", "train.sh");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("epoch=3 loss=0.3", "devices=none", "Run SUCCEEDED: exited with 0",
                "accuracy = 0.91", "model/weights.bin  7 bytes  sha256:", "Record: " + record);
        assertThat(result.err()).contains("[modelci] started pid ");
        TrainingRun run = TrainingRunJson.read(record);
        assertThat(run.model()).isEqualTo("churn");
        assertThat(run.metrics().values()).containsEntry("loss", 0.3).containsEntry("accuracy", 0.91);
        assertThat(run.params()).containsEntry("lr", "0.1");
        assertThat(run.artifacts()).singleElement().satisfies(a -> assertThat(a.path()).isEqualTo("model/weights.bin"));
        assertThat(Files.readString(work.resolve("modelci-train.log"))).contains("epoch=1 loss=0.7");
    }

    @Test
    void shouldExitOneWhenTheCommandFailsAndStillRecordIt() throws Exception {
        Path record = temp.resolve("run.json");

        CliFixtures.Result result = CliFixtures.run("train", "--model", "m", "-C", temp.toString(), "--out",
                record.toString(), "--", "echo 'out of memory' >&2; exit 4");

        assertThat(result.exitCode()).isEqualTo(ModelCi.EXIT_REJECTED);
        assertThat(result.out()).contains("out of memory", "Run FAILED: exited with 4");
        assertThat(TrainingRunJson.read(record).exitCode()).isEqualTo(4);
    }

    @Test
    void shouldKillTheCommandAtItsTimeout() throws Exception {
        Path record = temp.resolve("run.json");

        CliFixtures.Result result = CliFixtures.run("train", "--model", "m", "-C", temp.toString(), "--out",
                record.toString(), "--timeout", "1s", "--", "sh", "-c", "echo start; sleep 60");

        assertThat(result.exitCode()).isEqualTo(ModelCi.EXIT_REJECTED);
        assertThat(result.out()).contains("Run TIMED_OUT: timed out after 1.0s");
        assertThat(TrainingRunJson.read(record).status()).isEqualTo(RunStatus.TIMED_OUT);
    }

    @Test
    void shouldRejectBadInputWithExitTwo() {
        CliFixtures.Result glob = CliFixtures.run("train", "--model", "m", "-C", temp.toString(), "--out",
                temp.resolve("r.json").toString(), "--artifacts", "../elsewhere/*.pt", "--", "true");
        CliFixtures.Result duration = CliFixtures.run("train", "--model", "m", "-C", temp.toString(),
                "--timeout", "2 hours", "--", "true");

        assertThat(glob.exitCode()).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(glob.err()).contains("'artifacts': '../elsewhere/*.pt' climbs out of the working directory");
        assertThat(duration.exitCode()).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(duration.err()).contains("'--timeout': '2 hours' is not a duration");
        assertThat(temp.resolve("r.json")).doesNotExist();
    }

    @Test
    void shouldRunOnTheAllocatedGpuAndGiveItBack() throws Exception {
        Path work = temp.resolve("work");
        CliFixtures.trainer(work);
        Path smi = CliFixtures.fakeNvidiaSmi(temp.resolve("bin"));
        Path home = temp.resolve("home");
        Path record = temp.resolve("run.json");

        CliFixtures.Result result = CliFixtures.run("train", "--model", "m", "-C", work.toString(), "--out",
                record.toString(), "--gpus", "1", "--gpu-name", "t4", "--nvidia-smi", smi.toString(),
                "--home", home.toString(), "--", "sh", "train.sh");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("devices=" + CliFixtures.T4_UUID);
        assertThat(result.err()).contains("[modelci] GPUs 0 (Tesla T4, " + CliFixtures.T4_UUID + ")");
        assertThat(TrainingRunJson.read(record).lineage().gpus()).singleElement()
                .satisfies(gpu -> assertThat(gpu.name()).isEqualTo("Tesla T4"));
        CliFixtures.Result gpus = CliFixtures.run("gpus", "--nvidia-smi", smi.toString(), "--home", home.toString());
        assertThat(gpus.out()).contains("Tesla T4").doesNotContain("pid ");
    }

    @Test
    void shouldRefuseMoreGpusThanTheMachineHas() throws Exception {
        Path smi = CliFixtures.fakeNvidiaSmi(temp.resolve("bin"));

        CliFixtures.Result result = CliFixtures.run("train", "--model", "m", "-C", temp.toString(), "--gpus", "2",
                "--nvidia-smi", smi.toString(), "--home", temp.resolve("home").toString(), "--", "true");

        assertThat(result.exitCode()).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("asked for 2 GPUs but this machine has only 1 (it has GPU 0: Tesla T4, 15360 MiB)");
    }

    @Test
    void shouldRefuseGpusWhereThereIsNoNvidiaSmi() {
        assumeTrue(GpuInventory.locate(System.getenv()).isEmpty(), "this machine has nvidia-smi");

        CliFixtures.Result result = CliFixtures.run("train", "--model", "m", "-C", temp.toString(), "--gpus", "1",
                "--home", temp.resolve("home").toString(), "--", "true");

        assertThat(result.exitCode()).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("no GPU found: is nvidia-smi installed");
    }

    @Test
    void shouldRegisterASuccessfulRun() throws Exception {
        Path work = temp.resolve("work");
        CliFixtures.trainer(work);
        Path registry = temp.resolve("registry");

        CliFixtures.Result result = CliFixtures.run("train", "--model", "churn", "-C", work.toString(), "--out",
                temp.resolve("run.json").toString(), "--metrics", "metrics.json", "--artifacts", "model/**",
                "--param", "lr=0.1", "--register", "--registry", registry.toString(), "--who", "alice",
                "--", "sh", "train.sh");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Registered churn version 1 (candidate)");
        try (io.modelci.registry.JdbcRegistry opened = io.modelci.registry.JdbcRegistry.openFolder(registry)) {
            io.modelci.registry.ModelVersion version = opened.get("churn", 1).orElseThrow();
            assertThat(version.metrics()).containsEntry("accuracy", 0.91);
            assertThat(version.params()).containsEntry("lr", "0.1");
            assertThat(version.lineage().who()).isEqualTo("alice");
            assertThat(version.artifacts()).singleElement().satisfies(artifact -> {
                assertThat(artifact.uri()).isEqualTo(work.resolve("model/weights.bin").toString());
                assertThat(artifact.size()).isEqualTo(7);
            });
        }
    }

    @Test
    void shouldNotRegisterWithoutArtifacts() {
        CliFixtures.Result result = CliFixtures.run("train", "--model", "m", "-C", temp.toString(), "--register",
                "--registry", temp.resolve("registry").toString(), "--", "true");

        assertThat(result.exitCode()).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("--register needs --artifacts");
    }
}
