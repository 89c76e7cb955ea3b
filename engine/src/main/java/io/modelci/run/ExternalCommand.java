package io.modelci.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a short helper command (git, docker) and returns its output when it succeeds, nothing otherwise. */
final class ExternalCommand {
    private ExternalCommand() {
    }

    static Optional<String> output(final Path directory, final Duration timeout, final List<String> argv) {
        try {
            Process process = new ProcessBuilder(argv).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.kill(process.toHandle(), Duration.ofSeconds(1));
                return Optional.empty();
            }
            return process.exitValue() == 0
                    ? Optional.of(new String(output, StandardCharsets.UTF_8).strip()) : Optional.empty();
        }
        catch (IOException e) {
            // not installed: the caller records the value as unknown
            return Optional.empty();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
