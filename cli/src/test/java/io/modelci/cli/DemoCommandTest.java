package io.modelci.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.gate.CheckResult;
import io.modelci.gate.Decision;
import io.modelci.gate.Verdict;
import io.modelci.metrics.MetricPoint;
import io.modelci.registry.AliasEvent;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.ModelVersion;
import io.modelci.registry.Registry;
import io.modelci.run.TrainingRunJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole demo as a user runs it: trainers and scorers as real processes, a real H2 registry, the real gate and
 * report, in a temporary folder; then a second run in the same folder.
 */
class DemoCommandTest {
    @TempDir
    Path folder;

    @Test
    void shouldPromoteV1ThenV2RejectV3AndContinueTheStoryOnASecondRun() throws IOException {
        Path workdir = folder.resolve("demo");
        Run first = demo("--workdir", workdir.toString(), "--bootstrap", "200");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(0);
        assertThat(first.out()).contains("v1 gate: PROMOTE_FIRST", "v2 promoted to champion (compare-and-set, expected v1)",
                "v3 gate: REJECT", "v3 stays a candidate; champion stays v2", "Report: ");
        try (JdbcRegistry registry = JdbcRegistry.openFolder(workdir.resolve(".modelci/registry"))) {
            List<ModelVersion> versions = registry.listVersions("churn");
            assertThat(versions).extracting(ModelVersion::version).containsExactly(1, 2, 3);
            assertThat(registry.resolve("churn", Registry.CHAMPION)).contains(2);
            assertThat(versions.get(2).tags()).containsEntry("gate", "REJECT");
            assertThat(versions.get(1).evaluations()).containsKey("holdout");
            assertThat(versions.get(1).metrics()).containsKey("holdout_auc").containsKey("val_auc")
                    .allSatisfy((name, value) -> assertThat(name).doesNotContain("."));
            assertThat(versions.get(1).params()).containsEntry("bins", "10").containsEntry("epochs", "30");
            assertThat(versions.get(1).artifacts()).anySatisfy(a -> assertThat(a.uri()).endsWith("model.json"));

            List<AliasEvent> history = registry.aliasHistory("churn", Registry.CHAMPION);
            assertThat(history).hasSize(2);
            assertThat(history).extracting(AliasEvent::toVersion).containsExactly(1, 2);
            assertThat(history.get(0).reason()).contains("PROMOTE_FIRST", "evaluation 'holdout'");
            assertThat(history.get(1).reason()).contains("gate PROMOTE", "roc_auc improved", "lower bound clears it");
            assertThat(Verdict.fromJson(history.get(0).verdict()).decision()).isEqualTo(Decision.PROMOTE_FIRST);
            Verdict promotion = Verdict.fromJson(history.get(1).verdict());
            assertThat(promotion.decision()).isEqualTo(Decision.PROMOTE);
            assertThat(promotion.checks().get(0).intervalLow()).as("a paired interval of the AUC delta")
                    .isGreaterThan(0.005);
        }
        Verdict rejection = Verdict.fromJson(Files.readString(workdir.resolve("runs/v3/verdict.json")));
        assertThat(rejection.decision()).isEqualTo(Decision.REJECT);
        assertThat(rejection.checks()).filteredOn(check -> !check.passed()).isNotEmpty()
                .allSatisfy(check -> assertThat(check.reason()).isNotBlank());
        assertThat(rejection.checks()).extracting(CheckResult::metric).contains("roc_auc", "log_loss");

        List<MetricPoint> curve = TrainingRunJson.read(workdir.resolve("runs/v2/run.json")).metrics()
                .history("val_auc");
        assertThat(curve).as("the learning curve behind learning-curves.png").hasSize(30);
        assertThat(curve.get(0).step()).as("epochs count from 1").isEqualTo(1);

        Path report = workdir.resolve("report");
        assertThat(report.resolve("report.html")).isRegularFile();
        assertThat(Files.readString(report.resolve("report.html"))).contains("<svg", "v3", "REJECT");
        assertThat(Files.readString(report.resolve("report.md")))
                .contains("![", "comparison-v2.png", "comparison-v3.png", "trend.png", "learning-curves.png");
        for (String chart : List.of("trend", "comparison-v2", "comparison-v3", "learning-curves")) {
            BufferedImage image = ImageIO.read(report.resolve(chart + ".png").toFile());
            assertThat(image).as(chart).isNotNull();
            assertThat(image.getWidth()).as(chart).isGreaterThan(400);
        }
        assertThat(report.resolve("v2/report.html")).isRegularFile();

        Run second = demo("--workdir", workdir.toString(), "--bootstrap", "200", "--json");

        assertThat(second.exitCode()).as(second.err()).isEqualTo(0);
        assertThat(second.err()).contains("round 2 continues the story: champion is v2; training v4..v5");
        JsonNode json = new ObjectMapper().readTree(second.out());
        assertThat(json.get("round").asInt()).isEqualTo(2);
        assertThat(json.get("versions")).hasSize(5);
        assertThat(json.get("steps").get(0).get("version").asInt()).isEqualTo(4);
        assertThat(json.get("steps").get(1).get("decision").asText()).isEqualTo("REJECT");
        assertThat(json.get("championHistory").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldFailClearlyWhenTheDataSetIsMissing() {
        Path missing = folder.resolve("no-such.csv");

        Run run = demo("--workdir", folder.resolve("demo").toString(), "--data", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("no-such.csv", "no such file");
        assertThat(folder.resolve("demo")).doesNotExist();
    }

    private static Run demo(final String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ModelCi.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "demo";
        System.arraycopy(args, 0, all, 1, args.length);
        int exitCode = commandLine.execute(all);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
