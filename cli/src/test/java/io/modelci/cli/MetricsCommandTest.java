package io.modelci.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsCommandTest {
    private final CapturedCommandLine cli = new CapturedCommandLine();

    @Test
    void shouldPrintATableOfMergedMetrics(@TempDir final Path dir) throws IOException {
        Path summary = Files.writeString(dir.resolve("summary.json"), "{\"val\": {\"acc\": 0.93}, \"model\": \"cnn\"}");
        Path history = Files.writeString(dir.resolve("history.csv"), "step,loss\n0,0.9\n10,0.5\n20,0.25\n");

        int exitCode = cli.run("metrics", summary.toString(), history.toString());

        assertThat(exitCode).isEqualTo(ModelCi.EXIT_OK);
        assertThat(cli.out()).containsSubsequence("METRIC", "VALUE", "POINTS", "LAST STEP")
                .containsPattern("loss\\s+0\\.25\\s+3\\s+20")
                .containsPattern("val\\.acc\\s+0\\.93\\s+-\\s+-")
                .containsPattern("model\\s+cnn");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void shouldPrintJsonWithNonFiniteValuesAsStrings(@TempDir final Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("train.out"), "epoch 1 loss=0.5\nepoch 2 loss=nan acc=0.7\n");

        int exitCode = cli.run("metrics", "--json", "--log", log.toString());

        assertThat(exitCode).isEqualTo(ModelCi.EXIT_OK);
        assertThat(cli.out()).contains("\"metrics\" : {").contains("\"loss\" : \"NaN\"")
                .contains("\"histories\" : {").contains("\"step\" : 2")
                .contains("\"nonFinite\" : [ \"loss\" ]").contains("\"params\" : { }");
    }

    @Test
    void shouldReadItsOwnJsonBackToTheSameJson(@TempDir final Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("train.out"), "epoch 1 loss=0.5\nepoch 2 loss=nan acc=0.7\n");
        Path summary = Files.writeString(dir.resolve("summary.yaml"), "val:\n  auc: 0.91\nmodel: cnn\n");
        assertThat(cli.run("metrics", "--json", "--log", log.toString(), summary.toString()))
                .isEqualTo(ModelCi.EXIT_OK);
        String first = cli.out();
        Path saved = Files.writeString(dir.resolve("metrics-out.json"), first);
        CapturedCommandLine again = new CapturedCommandLine();

        int exitCode = again.run("metrics", "--json", saved.toString());

        assertThat(exitCode).as(again.err()).isEqualTo(ModelCi.EXIT_OK);
        assertThat(again.out()).isEqualTo(first).contains("\"val.auc\" : 0.91").doesNotContain("metrics.");
    }

    @Test
    void shouldWarnAboutNonFiniteValuesInTheTable(@TempDir final Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("m.json"), "{\"loss\": Infinity}");

        assertThat(cli.run("metrics", file.toString())).isEqualTo(ModelCi.EXIT_OK);
        assertThat(cli.out()).containsPattern("loss\\s+Infinity").contains("warning: non-finite")
                .contains(": loss");
    }

    @Test
    void shouldUseTheLogRegexForLogFiles(@TempDir final Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("train.log"), "it 5 | loss 0.5\nit 6 | loss 0.4\n");

        int exitCode = cli.run("metrics", "--json", "--log-regex", "it (?<step>\\d+) \\| (?<name>\\w+) (?<value>\\S+)",
                log.toString());

        assertThat(exitCode).isEqualTo(ModelCi.EXIT_OK);
        assertThat(cli.out()).contains("\"loss\" : 0.4").contains("\"step\" : 6");
    }

    @Test
    void shouldExitWithTwoNamingBothFilesOnADuplicateMetric(@TempDir final Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("a.json"), "{\"loss\": 0.5}");
        Path second = Files.writeString(dir.resolve("b.toml"), "loss = 0.4\n");

        int exitCode = cli.run("metrics", first.toString(), second.toString());

        assertThat(exitCode).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(cli.err()).startsWith("modelci: ").contains("'loss'").contains(first.toString())
                .contains(second.toString());
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void shouldExitWithTwoNamingLineAndColumnOfAMalformedFile(@TempDir final Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\n  \"loss\": 0.5,,\n}");

        assertThat(cli.run("metrics", file.toString())).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains(file + ":2:").contains("malformed JSON");
    }

    @Test
    void shouldExitWithTwoWithoutFiles() {
        assertThat(cli.run("metrics")).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("Missing metric files");
    }

    @Test
    void shouldExitWithTwoOnABadRegex(@TempDir final Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("train.log"), "epoch 1 loss=0.5\n");

        assertThat(cli.run("metrics", "--log-regex", "(\\w+)=(\\S+)", log.toString())).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("'--log-regex'");
    }

    @Test
    void shouldDescribeEveryOptionInHelp() {
        assertThat(cli.run("metrics", "--help")).isEqualTo(ModelCi.EXIT_OK);
        assertThat(cli.out()).contains("--json").contains("--log=FILE").contains("--log-regex=REGEX")
                .contains("Exit codes:");
    }

    @Test
    void shouldFormatValuesForPeople() {
        assertThat(MetricsCommand.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(MetricsCommand.format(1e-3)).isEqualTo("0.001");
        assertThat(MetricsCommand.format(1e-9)).isEqualTo("1.0E-9");
        assertThat(MetricsCommand.format(42)).isEqualTo("42");
        assertThat(MetricsCommand.format(Double.NaN)).isEqualTo("NaN");
    }
}
