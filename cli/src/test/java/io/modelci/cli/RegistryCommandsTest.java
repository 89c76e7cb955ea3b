package io.modelci.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryCommandsTest {
    @TempDir
    Path temp;

    private Path model;
    private String out;
    private String err;

    @BeforeEach
    void writeArtifact() throws Exception {
        model = Files.writeString(temp.resolve("model.bin"), "weights");
    }

    private int run(final String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--registry")) {
            all.add(1, "--registry");
            all.add(2, temp.resolve("reg").toString());
        }
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        CommandLine commandLine = ModelCi.newCommandLine();
        commandLine.setOut(new PrintWriter(outText));
        commandLine.setErr(new PrintWriter(errText));
        int code = commandLine.execute(all.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return code;
    }

    private void registerTwice() {
        assertThat(run("register", "--model", "fraud", "--artifact", model.toString())).isZero();
        assertThat(run("register", "--model", "fraud", "--artifact", model.toString())).isZero();
    }

    @Test
    void shouldRegisterWithDigestMetricsAndParams() throws Exception {
        Path metrics = Files.writeString(temp.resolve("m.json"), "{\"auc\": 0.91, \"loss\": NaN}");

        int code = run("register", "--model", "fraud", "--artifact", model.toString(), "--metrics", metrics.toString(),
                "--param", "lr=0.1", "--who", "alice", "--build-url", "https://ci/job/3/", "--json");

        assertThat(code).as(err).isZero();
        JsonNode version = new ObjectMapper().readTree(out);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("weights".getBytes(StandardCharsets.UTF_8)));
        assertThat(version.get("version").asInt()).isEqualTo(1);
        assertThat(version.at("/artifacts/0/sha256").asText()).isEqualTo(sha);
        assertThat(version.at("/artifacts/0/size").asLong()).isEqualTo(7);
        assertThat(version.at("/metrics/auc").asDouble()).isEqualTo(0.91);
        assertThat(version.at("/metrics/loss").asText()).isEqualTo("NaN");
        assertThat(version.at("/params/lr").asText()).isEqualTo("0.1");
        assertThat(version.at("/lineage/who").asText()).isEqualTo("alice");
        assertThat(version.at("/lineage/buildUrl").asText()).isEqualTo("https://ci/job/3/");

        assertThat(run("register", "--model", "fraud", "--artifact", model.toString())).isZero();
        assertThat(out).contains("registered fraud version 2");
    }

    @Test
    void shouldPromoteWithCompareAndSetAndExitOneOnAConflict() {
        registerTwice();

        assertThat(run("promote", "--model", "fraud", "--version", "1", "--expect", "none", "--reason", "first"))
                .as(err).isZero();
        assertThat(out).contains("promoted fraud version 1 to champion (was unset");

        assertThat(run("promote", "--model", "fraud", "--version", "2", "--expect", "none", "--reason", "late"))
                .isEqualTo(ModelCi.EXIT_REJECTED);
        assertThat(err).contains("held by version 1").doesNotContain("Exception");

        assertThat(run("promote", "--model", "fraud", "--version", "2", "--expect", "1", "--reason", "better"))
                .isZero();
        assertThat(run("models", "fraud")).isZero();
        assertThat(out).contains("champion");
    }

    @Test
    void shouldRollBackAndShowTheAuditHistory() throws Exception {
        registerTwice();
        Path verdict = Files.writeString(temp.resolve("verdict.json"), "{\"decision\":\"PROMOTE\"}");
        run("promote", "--model", "fraud", "--version", "1", "--reason", "first", "--who", "alice");
        run("promote", "--model", "fraud", "--version", "2", "--reason", "AUC +2 points", "--who", "ci-bot",
                "--verdict", verdict.toString(), "--build-url", "https://ci/job/9/");

        assertThat(run("rollback", "--model", "fraud", "--reason", "alerts in production", "--who", "bob"))
                .as(err).isZero();
        assertThat(out).contains("from version 2 to version 1");

        assertThat(run("models", "fraud", "--history", "champion")).isZero();
        assertThat(out).contains("WHO").contains("alice").contains("ci-bot").contains("bob")
                .contains("AUC +2 points").contains("https://ci/job/9/").contains("rollback");

        assertThat(run("models", "fraud", "--history", "champion", "--json")).isZero();
        JsonNode events = new ObjectMapper().readTree(out);
        assertThat(events).hasSize(3);
        assertThat(events.get(1).get("verdict").asText()).contains("PROMOTE");
        assertThat(events.get(2).get("kind").asText()).isEqualTo("ROLLBACK");

        assertThat(run("models", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out).get(0).at("/aliases/champion").asInt()).isEqualTo(1);
    }

    @Test
    void shouldExitTwoOnBadInput() throws Exception {
        assertThat(run("register", "--model", "bad/name", "--artifact", model.toString())).isEqualTo(2);
        assertThat(err).contains("'model'");
        assertThat(run("register", "--model", "m", "--artifact", temp.resolve("missing").toString())).isEqualTo(2);
        assertThat(err).contains("no such artifact file");
        Path metrics = Files.writeString(temp.resolve("m.json"), "{\"auc\": \"high\"}");
        assertThat(run("register", "--model", "m", "--artifact", model.toString(), "--metrics", metrics.toString()))
                .isEqualTo(2);
        assertThat(err).contains("no numeric metric");
        assertThat(run("promote", "--model", "m", "--version", "1", "--expect", "latest", "--reason", "x"))
                .isEqualTo(2);
        assertThat(run("promote", "--model", "m", "--version", "1")).isEqualTo(2);
    }

    @Test
    void shouldReadMetricsInEveryFormatTheMetricsReaderKnows() throws Exception {
        Path yaml = Files.writeString(temp.resolve("metrics.yaml"), "eval:\n  auc: 0.93\n  loss: .inf\n");
        assertThat(run("register", "--model", "fraud", "--artifact", model.toString(), "--metrics", yaml.toString(),
                "--json")).as(err).isZero();
        JsonNode version = new ObjectMapper().readTree(out);
        assertThat(version.at("/metrics/eval.auc").asDouble()).isEqualTo(0.93);
        assertThat(version.at("/metrics/eval.loss").asText()).isEqualTo("Infinity");

        Path csv = Files.writeString(temp.resolve("history.csv"), "step,loss,acc\n1,0.9,0.5\n2,0.4,0.8\n");
        assertThat(run("register", "--model", "fraud", "--artifact", model.toString(), "--metrics", csv.toString(),
                "--json")).as(err).isZero();
        version = new ObjectMapper().readTree(out);
        assertThat(version.at("/metrics/loss").asDouble()).isEqualTo(0.4);
        assertThat(version.at("/metrics/acc").asDouble()).isEqualTo(0.8);
    }

    @Test
    void shouldCheckInputBeforeCreatingTheRegistry() throws Exception {
        Path folder = temp.resolve("never-created");
        String registry = folder.toString();
        Path metrics = Files.writeString(temp.resolve("bad.json"), "{\"auc\": ");

        assertThat(run("register", "--registry", registry, "--model", "bad/name", "--artifact", model.toString()))
                .isEqualTo(2);
        assertThat(run("register", "--registry", registry, "--model", "m", "--artifact", model.toString(),
                "--metrics", metrics.toString())).isEqualTo(2);
        assertThat(run("register", "--registry", registry, "--model", "m", "--artifact",
                temp.resolve("missing").toString())).isEqualTo(2);
        assertThat(run("promote", "--registry", registry, "--model", "m", "--version", "0", "--reason", "x"))
                .isEqualTo(2);
        assertThat(err).contains("'version'");
        assertThat(run("promote", "--registry", registry, "--model", "m", "--version", "1", "--alias", "bad alias",
                "--reason", "x")).isEqualTo(2);
        assertThat(err).contains("'alias'");
        assertThat(run("promote", "--registry", registry, "--model", "m", "--version", "1", "--expect", "latest",
                "--reason", "x")).isEqualTo(2);
        assertThat(err).contains("'expect'");
        assertThat(run("rollback", "--registry", registry, "--model", "-m", "--reason", "x")).isEqualTo(2);
        assertThat(run("models", "--registry", registry, "bad/name")).isEqualTo(2);
        assertThat(run("models", "--registry", registry, "--history", "champion")).isEqualTo(2);

        assertThat(folder).doesNotExist();
    }

    @Test
    void shouldExitThreeWithoutStackTraceOnACorruptRegistryOrUnreachableServer() throws Exception {
        Path folder = temp.resolve("broken");
        Files.createDirectories(folder);
        Files.write(folder.resolve("registry.mv.db"), new byte[4096]);
        Files.write(folder.resolve("registry.mv.db"), "not an h2 file at all".repeat(300).getBytes());

        assertThat(run("models", "--registry", folder.toString())).isEqualTo(ModelCi.EXIT_FAILURE);
        assertThat(err).contains("corrupt").doesNotContain("\tat ");

        assertThat(run("models", "--registry", "jdbc:postgresql://ops:s3cret@127.0.0.1:1/reg?password=s3cret"))
                .isEqualTo(ModelCi.EXIT_FAILURE);
        assertThat(err).contains("cannot reach the registry").doesNotContain("s3cret").doesNotContain("\tat ");
    }
}
