package io.modelci.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Runs the command line with captured output, and writes stand-ins for nvidia-smi and a trainer. */
final class CliFixtures {
    static final String T4_UUID = "GPU-1a6e0c3d-9f4b-7e28-d5a1-3c8b2f6e0d94";

    private CliFixtures() {
    }

    record Result(int exitCode, String out, String err) {
    }

    static Result run(final String... args) {
        CapturedCommandLine commandLine = new CapturedCommandLine();
        int exitCode = commandLine.run(args);
        return new Result(exitCode, commandLine.out(), commandLine.err());
    }

    /** An nvidia-smi in {@code directory} that reports one Tesla T4, in the recorded real formats. */
    static Path fakeNvidiaSmi(final Path directory) throws IOException {
        return fakeNvidiaSmi(directory, "");
    }

    /** The same, listing these compute processes ({@code pid, uuid, MiB} lines) on the T4. */
    static Path fakeNvidiaSmi(final Path directory, final String computeApps) throws IOException {
        Files.createDirectories(directory);
        Path script = directory.resolve("nvidia-smi");
        Files.writeString(directory.resolve("apps.csv"), computeApps);
        Files.writeString(script, String.join("\n",
                "#!/bin/sh",
                "case \"$1\" in",
                "  -L) echo 'GPU 0: Tesla T4 (UUID: " + T4_UUID + ")' ;;",
                "  --query-compute-apps=*) cat '" + directory.resolve("apps.csv") + "' ;;",
                "  *) echo '0, " + T4_UUID + ", Tesla T4, 15360, 0, 0' ;;",
                "esac", ""));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** A trainer that prints a metric line per epoch and writes metrics.json and model/weights.bin. */
    static void trainer(final Path work) throws IOException {
        Files.createDirectories(work);
        Files.writeString(work.resolve("train.sh"), String.join("\n",
                "mkdir -p model",
                "for epoch in 1 2 3; do echo \"epoch=$epoch loss=0.$((9 - epoch * 2))\"; done",
                "printf '{\"loss\": 0.3, \"accuracy\": 0.91}' > metrics.json",
                "printf 'weights' > model/weights.bin",
                "echo \"devices=${CUDA_VISIBLE_DEVICES:-none}\"", ""));
    }
}
