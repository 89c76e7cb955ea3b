package io.modelci.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ModelCiTest {
    @Test
    void shouldPrintHelpWithExitCodeZero() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = ModelCi.newCommandLine();
        commandLine.setOut(new PrintWriter(out));

        int exitCode = commandLine.execute("--help");

        assertThat(exitCode).isEqualTo(ModelCi.EXIT_OK);
        assertThat(out.toString()).contains("Usage: modelci").contains("--version");
    }

    @Test
    void shouldExitWithTwoOnAnUnknownOption() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = ModelCi.newCommandLine();
        commandLine.setErr(new PrintWriter(err));

        int exitCode = commandLine.execute("--no-such-option");

        assertThat(exitCode).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--no-such-option");
    }
}
