package io.modelci.cli.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared helpers of the CLI tests: the example data, a trained model, running a main class in-process. */
public final class DemoFixtures {
    private DemoFixtures() {
    }

    public static Path churnCsv() {
        Path fromModule = Path.of("../examples/data/churn.csv");
        return Files.isRegularFile(fromModule) ? fromModule : Path.of("examples/data/churn.csv");
    }

    /** Trains a quick model (two epochs) into the folder and returns its model file. */
    public static Path trainQuickModel(final Path folder) {
        Outcome outcome = run(new TrainMain(), "--data", churnCsv().toString(), "--out", folder.toString(),
                "--epochs", "2");
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException("training failed: " + outcome.err());
        }
        return folder.resolve("model.json");
    }

    /** Runs a demo main class in-process, capturing its output. */
    public static Outcome run(final Object command, final String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = DemoMains.newCommandLine(command);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }

    /** The java launcher and class path of this JVM, to start the main classes as real processes. */
    public static String[] javaCommand(final String mainClass) {
        return new String[] {Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), mainClass};
    }

    /** What a command printed and returned. */
    public record Outcome(int exitCode, String out, String err) {
    }
}
