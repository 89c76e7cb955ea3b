package io.modelci.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    @TempDir
    Path dir;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    private static String resource(final String name) {
        try {
            return Path.of(ReportCommandTest.class.getResource("/report/" + name).toURI()).toString();
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldWriteTheReportAndPrintThePaths() throws Exception {
        Path target = dir.resolve("report");
        int exit = cli.run("report", "--evaluation", resource("evaluation.json"),
                "--champion-evaluation", resource("champion-evaluation.json"), "--verdict", resource("verdict.json"),
                "--history", resource("history.csv"), "--learning-curves", resource("learning-curves.csv"),
                "--lineage", resource("lineage.json"), "--title", "Churn | PR #7", "--out", target.toString(),
                "--width", "640", "--height", "320");
        assertThat(cli.err()).isEmpty();
        assertThat(exit).isEqualTo(ModelCi.EXIT_OK);
        List<String> printed = cli.out().lines().toList();
        assertThat(printed.get(0)).endsWith("report.md");
        assertThat(printed.get(1)).endsWith("report.html");
        assertThat(printed).anyMatch(p -> p.endsWith("comparison.png")).anyMatch(p -> p.endsWith("trend.svg"))
                .anyMatch(p -> p.endsWith("learning-curves.png"));
        printed.forEach(p -> assertThat(Path.of(p)).isRegularFile());
        assertThat(Files.readString(target.resolve("report.md"))).startsWith("## ❌ REJECT — Churn \\| PR \\#7");
        assertThat(Files.readString(target.resolve("report.html"))).contains("<title>Churn | PR #7</title>");
    }

    @Test
    void shouldExitTwoOnBadInputNamingTheFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"metrics\": [1]}");
        int exit = cli.run("report", "--evaluation", bad.toString(), "--out", dir.resolve("o").toString());
        assertThat(exit).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("bad.json: 'metrics': expected an object");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void shouldExitTwoWithoutTheRequiredOptionsOrWithABadSize() {
        assertThat(cli.run("report", "--out", dir.toString())).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("--evaluation");
        assertThat(cli.run("report", "--evaluation", resource("evaluation.json"), "--out", dir.toString(), "--width",
                "10")).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(cli.err()).contains("'--width': 10 is outside");
    }

    @Test
    void shouldDescribeEveryOption() {
        CommandLine report = ModelCi.newCommandLine().getSubcommands().get("report");
        report.getCommandSpec().options().forEach(o -> assertThat(o.description()).as(o.longestName()).isNotEmpty());
    }
}
