package io.modelci.run;

import io.modelci.InputException;
import io.modelci.gpu.Gpu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingRunnerTest {
    @TempDir
    Path work;

    @Test
    void shouldRecordASuccessfulRunWithItsOutputArtifactsAndGpus() throws Exception {
        Scripts.copy("trainer.sh", work);
        RunSpec spec = RunSpec.builder().model("churn").command("sh", "trainer.sh").workingDir(work)
                .env("LEARNING_RATE", "0.01").artifact("model/**").artifact("*.json").param("lr", "0.01")
                .logFile("logs/train.log").build();
        List<String> lines = new CopyOnWriteArrayList<>();
        List<String> hooked = new CopyOnWriteArrayList<>();
        Gpu gpu = new Gpu(2, "GPU-5d27b8e4-c0f1-4a69-b3d8-19e7a6c2f584", "NVIDIA A100-SXM4-80GB", 81920, 4, 0);

        TrainingRun run = new TrainingRunner(spec, List.of(gpu)).onLine(hooked::add).run(new RunListener() {
            @Override
            public void line(final String line) {
                lines.add(line);
            }
        });

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.exitCode()).isZero();
        assertThat(lines).contains("epoch=1 loss=0.7", "epoch=3 loss=0.3", "warning: deprecated flag",
                "trained with lr=0.01 on GPU-5d27b8e4-c0f1-4a69-b3d8-19e7a6c2f584");
        assertThat(hooked).isEqualTo(lines);
        assertThat(Files.readAllLines(work.resolve("logs/train.log"))).isEqualTo(lines);
        assertThat(run.artifacts()).extracting(Artifact::path).containsExactly("metrics.json", "model/weights.bin");
        assertThat(run.artifacts().get(1).size()).isEqualTo("weights of epoch 3\n".length());
        assertThat(run.artifacts().get(1).sha256()).isEqualTo(Sha256.of(work.resolve("model/weights.bin")));
        assertThat(run.lineage().gpus()).containsExactly(UsedGpu.of(gpu));
        assertThat(run.lineage().host()).isNotBlank();
        assertThat(run.params()).containsEntry("lr", "0.01");
        assertThat(run.durationMillis()).isNotNegative();
        assertThat(run.model()).isEqualTo("churn");
        // No metric file named: the metrics come from the output.
        assertThat(run.metrics().value("loss")).contains(0.3);
        assertThat(run.metrics().history("loss")).extracting(io.modelci.metrics.MetricPoint::value)
                .containsExactly(0.7, 0.5, 0.3);
    }

    @Test
    void shouldRecordTheMetricFilesAndShowTheLatestLossWhileRunning() throws Exception {
        Scripts.copy("trainer.sh", work);
        RunSpec spec = RunSpec.builder().command("sh", "trainer.sh").workingDir(work).metricFile("metrics.json")
                .build();
        TrainingRunner runner = new TrainingRunner(spec, List.of());
        List<Double> seen = new CopyOnWriteArrayList<>();
        runner.onLine(line -> runner.latestMetrics().value("loss").ifPresent(seen::add));

        TrainingRun run = runner.run(RunListener.NONE);

        assertThat(seen).startsWith(0.7, 0.5, 0.3);
        assertThat(run.metrics().values()).containsEntry("loss", 0.3).containsEntry("accuracy", 0.91);
        assertThat(run.warnings()).isEmpty();
    }

    @Test
    void shouldWarnWhenTheMetricFileIsMissing() throws Exception {
        RunSpec spec = RunSpec.builder().command("true").workingDir(work).metricFile("metrics.json").build();

        TrainingRun run = TrainingRunner.run(spec, RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.warnings()).singleElement().asString().startsWith("metrics not read: ");
    }

    @Test
    void shouldRecordAFailureWithItsExitCode() throws Exception {
        Scripts.copy("failer.sh", work);
        RunSpec spec = RunSpec.builder().shell("sh failer.sh").workingDir(work).build();

        TrainingRun run = TrainingRunner.run(spec, RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.reason()).isEqualTo("exited with 3");
        assertThat(run.command()).containsExactly("sh", "-c", "sh failer.sh");
    }

    @Test
    void shouldFailWhenTheProgramCannotStart() throws Exception {
        RunSpec spec = RunSpec.builder().command("/no/such/trainer").workingDir(work).build();

        TrainingRun run = TrainingRunner.run(spec, RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.reason()).startsWith("cannot start /no/such/trainer");
    }

    @Test
    void shouldKillTheWholeTreeOnTimeout() throws Exception {
        Scripts.copy("forker.sh", work);
        RunSpec spec = RunSpec.builder().command("sh", "forker.sh").workingDir(work).timeout(Duration.ofSeconds(1))
                .build();

        TrainingRun run = new TrainingRunner(spec, List.of(), Duration.ofSeconds(5)).run(RunListener.NONE);

        assertThat(run.status()).isEqualTo(RunStatus.TIMED_OUT);
        assertThat(run.reason()).contains("timed out after 1.0s");
        assertThat(run.exitCode()).isNull();
        List<Long> children = Scripts.pids(work.resolve("children.pid"));
        assertThat(children).hasSize(2);
        assertThat(Scripts.anyRunning(children)).isFalse();
    }

    @Test
    void shouldKillChildrenThatIgnoreTerminationOnAbort() throws Exception {
        Scripts.copy("forker.sh", work);
        RunSpec spec = RunSpec.builder().command("sh", "forker.sh").env("IGNORE_TERM", "1").workingDir(work)
                .build();
        CountDownLatch ready = new CountDownLatch(1);
        TrainingRunner runner = new TrainingRunner(spec, List.of(), Duration.ofMillis(300));
        CompletableFuture<TrainingRun> running = CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run(new RunListener() {
                    @Override
                    public void line(final String line) {
                        if (line.equals("ready")) {
                            ready.countDown();
                        }
                    }
                });
            }
            catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        List<Long> children = Scripts.pids(work.resolve("children.pid"));
        assertThat(Scripts.anyRunning(children)).isTrue();

        runner.abort("stopped by alice");
        TrainingRun run = running.get(60, TimeUnit.SECONDS);

        assertThat(run.status()).isEqualTo(RunStatus.ABORTED);
        assertThat(run.reason()).isEqualTo("aborted: stopped by alice");
        assertThat(Scripts.anyRunning(children)).isFalse();
    }

    @Test
    void shouldRejectABadGlobBeforeStarting() {
        RunSpec spec = RunSpec.builder().command("sh", "-c", "touch started").workingDir(work)
                .artifact("../secrets/*").build();

        assertThatThrownBy(() -> TrainingRunner.run(spec, RunListener.NONE)).isInstanceOf(InputException.class)
                .hasMessageContaining("'..'");
        assertThat(work.resolve("started")).doesNotExist();
    }

    @Test
    void shouldRejectAMissingDataPathBeforeStarting() {
        RunSpec spec = RunSpec.builder().command("true").workingDir(work).data("data/train").build();

        assertThatThrownBy(() -> TrainingRunner.run(spec, RunListener.NONE)).isInstanceOf(InputException.class)
                .hasMessageContaining("'data': 'data/train' does not exist");
    }

    @Test
    void shouldExportTheGpusByUuid() {
        RunSpec spec = RunSpec.builder().command("true").workingDir(work).env("SEED", "7").build();
        List<Gpu> gpus = List.of(new Gpu(0, "GPU-a", "T4", 15360, 0, 0), new Gpu(3, "GPU-d", "T4", 15360, 0, 0));

        assertThat(new TrainingRunner(spec, gpus).environment())
                .containsEntry("CUDA_VISIBLE_DEVICES", "GPU-a,GPU-d")
                .containsEntry("NVIDIA_VISIBLE_DEVICES", "GPU-a,GPU-d")
                .containsEntry("SEED", "7");
    }
}
