package io.modelci.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** The modelci command line with its standard output and error captured, for the command tests to read. */
final class CapturedCommandLine {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs modelci with these arguments and returns its exit code; output adds up over runs. */
    int run(final String... args) {
        CommandLine commandLine = ModelCi.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
