package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable training run's scripts, run for real with {@code sh}: the launch returns at once, the command
 * goes on detached, leaves its output and exit status in the control folder, and the stop script ends the
 * whole process group.
 */
class DetachedCommandTest {
    @TempDir
    Path workspace;

    @Test
    void shouldRunTheCommandDetachedAndRecordItsOutputAndExitStatus() throws Exception {
        Path control = prepare("ctl", "echo epoch 1 loss=0.5; echo \"cwd=$(pwd)\"; exit 3");

        assertThat(run(DetachedCommand.launchArgv("ctl"))).isZero();

        Path exit = control.resolve(DetachedCommand.EXIT);
        waitFor(exit);
        assertThat(Files.readString(exit).trim()).isEqualTo("3");
        assertThat(Files.readString(control.resolve(DetachedCommand.LOG)))
                .contains("epoch 1 loss=0.5").contains("cwd=" + workspace.toRealPath());
        assertThat(control.resolve(DetachedCommand.PID)).isRegularFile();
    }

    @Test
    void shouldNotStartTheCommandTwiceWhenLaunchedAgainAfterARestart() throws Exception {
        Path control = prepare("ctl", "echo run >> \"$PWD/runs.txt\"");

        run(DetachedCommand.launchArgv("ctl"));
        waitFor(control.resolve(DetachedCommand.EXIT));
        run(DetachedCommand.launchArgv("ctl"));
        Thread.sleep(300);

        assertThat(Files.readAllLines(workspace.resolve("runs.txt"))).containsExactly("run");
    }

    @Test
    void shouldStopTheWholeProcessGroupIncludingChildren() throws Exception {
        Path control = prepare("ctl", "sh -c 'sleep 30; echo child-survived > child.txt' & sleep 30");
        run(DetachedCommand.launchArgv("ctl"));
        waitFor(control.resolve(DetachedCommand.HEARTBEAT));

        assertThat(run(DetachedCommand.stopArgv("ctl"))).isZero();

        Path exit = control.resolve(DetachedCommand.EXIT);
        waitFor(exit);
        assertThat(Integer.parseInt(Files.readString(exit).trim())).isNotZero();
        Thread.sleep(500);
        assertThat(workspace.resolve("child.txt")).doesNotExist();
    }

    @Test
    void shouldQuoteControlFoldersWithSpacesAndQuotes() throws Exception {
        Path control = prepare("it's a dir", "echo ok");

        run(DetachedCommand.launchArgv("it's a dir"));

        waitFor(control.resolve(DetachedCommand.EXIT));
        assertThat(Files.readString(control.resolve(DetachedCommand.LOG)).trim()).isEqualTo("ok");
    }

    /** What ControlFiles.Prepare does on the agent. */
    private Path prepare(String dir, String command) throws IOException {
        Path control = workspace.resolve(dir);
        Files.createDirectories(control);
        Files.writeString(control.resolve(DetachedCommand.COMMAND), command + "\n", StandardCharsets.UTF_8);
        Files.writeString(control.resolve(DetachedCommand.RUNNER), DetachedCommand.runnerScript(),
                StandardCharsets.UTF_8);
        return control;
    }

    private int run(List<String> argv) throws Exception {
        Process p = new ProcessBuilder(argv).directory(workspace.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    private static void waitFor(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(file).exists();
    }
}
