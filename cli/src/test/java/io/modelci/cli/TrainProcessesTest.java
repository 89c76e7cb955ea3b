package io.modelci.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Separate {@code modelci train --gpus 1} processes on a machine with one GPU (a stand-in nvidia-smi first on
 * PATH) take turns: their commands never run at the same time.
 */
class TrainProcessesTest {
    @TempDir
    Path temp;

    @Test
    void shouldNeverRunTwoTrainingsOnOneGpu() throws Exception {
        Path bin = temp.resolve("bin");
        CliFixtures.fakeNvidiaSmi(bin);
        List<Process> processes = new ArrayList<>();
        List<Path> works = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path work = Files.createDirectories(temp.resolve("work" + i));
            works.add(work);
            ProcessBuilder builder = modelci("train", "--model", "m" + i, "-C", work.toString(), "--out",
                    work.resolve("run.json").toString(), "--gpus", "1", "--",
                    "sh", "-c", "date +%s%N > start; echo $CUDA_VISIBLE_DEVICES > device; sleep 0.5; date +%s%N > end")
                    .redirectErrorStream(true).redirectOutput(work.resolve("console.txt").toFile());
            builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            builder.environment().put("MODELCI_HOME", temp.resolve("home").toString());
            builder.environment().remove("MODELCI_NVIDIA_SMI");
            processes.add(builder.start());
        }
        for (int i = 0; i < processes.size(); i++) {
            assertThat(processes.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(processes.get(i).exitValue()).as(Files.readString(works.get(i).resolve("console.txt")))
                    .isZero();
        }

        List<long[]> spans = new ArrayList<>();
        for (Path work : works) {
            assertThat(Files.readString(work.resolve("device")).strip()).isEqualTo(CliFixtures.T4_UUID);
            spans.add(new long[] {Long.parseLong(Files.readString(work.resolve("start")).strip()),
                    Long.parseLong(Files.readString(work.resolve("end")).strip())});
        }
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                boolean overlap = spans.get(i)[0] < spans.get(j)[1] && spans.get(j)[0] < spans.get(i)[1];
                assertThat(overlap).as("trainings %d and %d ran at the same time", i, j).isFalse();
            }
        }
    }

    @Test
    void shouldAbortTheRunAndKillItsChildrenWhenModelciIsTerminated() throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        Process modelci = modelci("train", "--model", "m", "-C", work.toString(), "--out",
                work.resolve("run.json").toString(), "--", "sh", "-c",
                "sleep 300 & echo $! > child.pid; echo ready; wait").redirectErrorStream(true).start();
        awaitReady(modelci);
        long child = Long.parseLong(Files.readString(work.resolve("child.pid")).strip());

        modelci.destroy();
        assertThat(modelci.waitFor(60, TimeUnit.SECONDS)).isTrue();

        io.modelci.run.TrainingRun run = io.modelci.run.TrainingRunJson.read(work.resolve("run.json"));
        assertThat(run.status()).isEqualTo(io.modelci.run.RunStatus.ABORTED);
        assertThat(run.reason()).contains("interrupted");
        assertThat(ProcessHandle.of(child).map(io.modelci.run.ProcessTree::isRunning).orElse(false)).isFalse();
    }

    @Test
    void shouldKeepTheGpuHeldWhileAnOrphanedTrainingRuns() throws Exception {
        Path bin = temp.resolve("bin");
        Path smi = CliFixtures.fakeNvidiaSmi(bin);
        Path home = temp.resolve("home");
        Path work = Files.createDirectories(temp.resolve("work"));
        ProcessBuilder builder = modelci("train", "--model", "m", "-C", work.toString(), "--gpus", "1",
                "--nvidia-smi", smi.toString(), "--home", home.toString(), "--", "sh", "-c",
                "echo $$ > training.pid; echo ready; exec sleep 300").redirectErrorStream(true);
        Process modelci = builder.start();
        awaitReady(modelci);
        ProcessHandle training = ProcessHandle.of(Long.parseLong(Files.readString(work.resolve("training.pid"))
                .strip())).orElseThrow();
        io.modelci.gpu.FileGpuAllocator allocator = new io.modelci.gpu.FileGpuAllocator(home,
                () -> io.modelci.gpu.GpuInventory.detect(smi).gpus());
        awaitAdopted(allocator, training.pid());

        modelci.destroyForcibly().waitFor();
        try {
            // modelci is gone without cleaning up, but its training still runs on the card.
            assertThat(allocator.read().holders()).hasSize(1);
        }
        finally {
            training.destroyForcibly();
            training.onExit().get(30, TimeUnit.SECONDS);
        }
        assertThat(allocator.read().holders()).isEmpty();
    }

    /** modelci with these arguments in a JVM of its own, on this test's class path. */
    private static ProcessBuilder modelci(final String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), ModelCi.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Reads the console of modelci until its training command prints "ready". */
    private static void awaitReady(final Process modelci) throws IOException {
        BufferedReader console = new BufferedReader(new InputStreamReader(modelci.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        do {
            line = console.readLine();
        } while (line != null && !line.equals("ready"));
        assertThat(line).isEqualTo("ready");
    }

    private static void awaitAdopted(final io.modelci.gpu.FileGpuAllocator allocator, final long pid)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (allocator.read().holders().stream().flatMap(h -> h.processes().stream())
                .noneMatch(p -> p.pid() == pid)) {
            assertThat(System.nanoTime() - deadline).isNegative();
            Thread.sleep(20);
        }
    }
}
