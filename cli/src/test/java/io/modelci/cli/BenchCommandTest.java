package io.modelci.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldGenerateTheFileAndPrintTheFigures() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine commandLine = ModelCi.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        Path file = dir.resolve("p.csv");

        int exit = commandLine.execute("bench", "evaluate", "--file", file.toString(), "--rows", "5000",
                "--repeat", "1", "--bootstrap-rows", "3000", "--resamples", "5");

        assertThat(exit).isEqualTo(0);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(5001);
        assertThat(lines.get(0)).isEqualTo("label,score");
        assertThat(lines.get(1)).matches("[01],[01]\\.\\d{6}");
        assertThat(out.toString()).contains("generated").contains("evaluate p.csv (5000 rows)")
                .contains("paired bootstrap, correlated scores").contains("paired bootstrap, independent scores");
    }
}
