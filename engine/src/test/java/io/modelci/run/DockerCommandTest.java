package io.modelci.run;

import io.modelci.gpu.Gpu;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DockerCommandTest {
    private static final List<Gpu> TWO_GPUS = List.of(
            new Gpu(0, "GPU-a", "NVIDIA H100 80GB HBM3", 81559, 0, 0),
            new Gpu(1, "GPU-b", "NVIDIA H100 80GB HBM3", 81559, 0, 0));

    @Test
    void shouldBuildTheExactDockerRunLine() {
        RunSpec spec = RunSpec.builder().image("pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime")
                .workingDir("/var/lib/jenkins/workspace/churn").command("python", "train.py", "--epochs", "3")
                .env("SEED", "7").env("WANDB_API_KEY", "secret").dockerArgs(List.of("--shm-size=8g")).build();

        assertThat(DockerCommand.argv(spec, "modelci-42", TWO_GPUS)).containsExactly(
                "docker", "run", "--rm", "--name", "modelci-42",
                "-v", "/var/lib/jenkins/workspace/churn:/var/lib/jenkins/workspace/churn",
                "-w", "/var/lib/jenkins/workspace/churn",
                "--gpus", "\"device=0,1\"",
                "-e", "SEED", "-e", "WANDB_API_KEY",
                "--shm-size=8g",
                "pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime",
                "python", "train.py", "--epochs", "3");
    }

    @Test
    void shouldRunAShellLineWithoutGpusAndNotForwardHostGpuNumbering() {
        RunSpec spec = RunSpec.builder().image("python:3.12").workingDir("/w").shell("pip install -r r.txt && make")
                .env("CUDA_VISIBLE_DEVICES", "3").build();

        assertThat(DockerCommand.argv(spec, "modelci-1", List.of())).containsExactly(
                "docker", "run", "--rm", "--name", "modelci-1", "-v", "/w:/w", "-w", "/w",
                "python:3.12", "sh", "-c", "pip install -r r.txt && make");
    }

    @Test
    void shouldRunTheContainerThroughTheRunnerWithTheSameLine() {
        RunSpec spec = RunSpec.builder().image("python:3.12").workingDir("/w").command("python", "t.py").build();

        List<String> argv = new TrainingRunner(spec, TWO_GPUS).argv();

        assertThat(argv).startsWith("docker", "run", "--rm", "--name").contains("\"device=0,1\"")
                .endsWith("python:3.12", "python", "t.py");
        assertThat(DockerCommand.killArgv("modelci-9")).containsExactly("docker", "kill", "modelci-9");
    }

    @Test
    void shouldBeAcceptedByTheDockerClient() throws Exception {
        boolean docker = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, "docker")));
        org.junit.jupiter.api.Assumptions.assumeTrue(docker, "no docker client on PATH");
        // A local image that cannot exist and --pull=never: the client parses every flag, then fails on the
        // daemon (absent here) or on the image (where a daemon runs), without running or pulling anything.
        RunSpec spec = RunSpec.builder().image("modelci-test-no-such-image:never").workingDir("/tmp")
                .command("python", "-c", "1").env("SEED", "7").dockerArgs(List.of("--pull=never", "--shm-size=1g"))
                .build();
        List<String> argv = DockerCommand.argv(spec, "modelci-argv-check", TWO_GPUS);

        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
        builder.environment().put("SEED", "7");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(125);
        assertThat(output).doesNotContainIgnoringCase("invalid argument").doesNotContainIgnoringCase("unknown flag")
                .doesNotContainIgnoringCase("unknown shorthand");
    }
}
