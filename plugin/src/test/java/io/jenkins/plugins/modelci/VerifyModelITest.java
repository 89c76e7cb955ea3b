package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.modelci.demo.CsvTable;
import io.modelci.demo.GoldenFiles;
import io.modelci.demo.LogisticModel;
import io.modelci.demo.LogisticTrainer;
import io.modelci.demo.ModelServer;
import io.modelci.demo.ServerOptions;
import io.modelci.demo.TrainerOptions;
import io.modelci.registry.ModelVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code verifyModel} in real Pipelines, against the demo model server started by the test on loopback (the
 * built-in node runs on this machine), with golden and request files written from that model.
 */
@Tag("jenkins")
@WithJenkins
class VerifyModelITest {
    @RegisterExtension
    static BuildWatcherExtension buildWatcher = new BuildWatcherExtension();

    private static LogisticModel model;
    private static CsvTable churn;

    @TempDir
    Path files;

    @BeforeAll
    static void trainTheDemoModel() {
        Path data = Files.isRegularFile(Path.of("../examples/data/churn.csv"))
                ? Path.of("../examples/data/churn.csv") : Path.of("examples/data/churn.csv");
        churn = CsvTable.read(data);
        model = new LogisticTrainer(TrainerOptions.defaults().withHyperparameters(0.05, 2, 1e-4))
                .train(churn, e -> { }).model();
    }

    /** Golden and request files from the served model's own answers; absolute paths, so any workspace finds them. */
    private void writeChecks() {
        var inputs = GoldenFiles.inputs(model, churn, true, 10);
        GoldenFiles.writeGolden(files.resolve("golden.jsonl"), model, inputs);
        GoldenFiles.writeRequests(files.resolve("requests.jsonl"), inputs);
    }

    private String pipeline(ModelServer server, String golden, String policy) {
        return "node {\n" + Fixtures.writeFiles(0.9, 1)
                + "  trainModel(model: 'churn', command: 'sh train.sh', artifacts: ['model/**'])\n"
                + "  def m = verifyModel(model: 'churn', url: '" + server.predictUri() + "', golden: '" + golden
                + "',\n      requests: '" + files.resolve("requests.jsonl") + "', rate: 50, count: 20, "
                + "concurrency: 4, timeout: '5s')\n"
                + "  echo \"mismatches=${m.metrics.golden_mismatches} requests=${m.metrics.requests} "
                + "passed=${m.passed} p99=${m.metrics.latency_p99_ms != null}\"\n"
                + "  def v = compareToProduction(model: 'churn', policy: " + policy + ")\n"
                + "  echo \"verdict=${v.verdict}\"\n"
                + "}\n";
    }

    @Test
    void shouldVerifyAServedModelAndLetTheGateHoldItsLatency(JenkinsRule r) throws Exception {
        writeChecks();
        try (ModelServer server = ModelServer.start(model, ServerOptions.loopback())) {
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(pipeline(server, files.resolve("golden.jsonl").toString(),
                    "[no_champion: 'promote', checks: [[metric: 'golden_mismatches', max_value: 0],"
                            + " [metric: 'latency_p99_ms', max_value: 60000]]]"), true));

            WorkflowRun b = r.buildAndAssertSuccess(p);

            r.assertLogContains("10 rows, 0 mismatches", b);
            r.assertLogContains("mismatches=0 requests=20 passed=true p99=true", b);
            r.assertLogContains("verdict=PROMOTE_FIRST", b);
            assertThat(server.requestCount()).isEqualTo(30);
            ModelAction action = b.getAction(ModelAction.class);
            assertThat(action.isVerified()).isTrue();
            assertThat(action.getVerificationMetrics()).containsEntry("golden_rows", "10").containsKey("latency_p99_ms");
            ModelVersion v = RegistryAccess.get().get("churn", action.getVersion()).orElseThrow();
            assertThat(v.evaluations()).containsKey("verification");
            assertThat(v.evaluations().get("verification").metrics()).containsEntry("golden_mismatches", 0.0);
            r.createWebClient().goTo(b.getUrl() + action.getUrlName() + "/");
            assertThat(action.isHasComparisonChart()).isTrue();
            r.createWebClient().goTo(b.getUrl() + action.getUrlName() + "/comparisonChart", "image/png");
        }
    }

    @Test
    void shouldRejectWhenTheLatencyIsAboveThePolicysCeiling(JenkinsRule r) throws Exception {
        writeChecks();
        try (ModelServer server = ModelServer.start(model, ServerOptions.loopback().withLatency(50, 1))) {
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(pipeline(server, files.resolve("golden.jsonl").toString(),
                    "[no_champion: 'promote', checks: [[metric: 'latency_p99_ms', max_value: 10]]]"), true));

            WorkflowRun b = r.buildAndAssertStatus(Result.UNSTABLE, p);

            r.assertLogContains("verdict=REJECT", b);
            r.assertLogContains("above the ceiling", b);
        }
    }

    /** Trains a version, verifies it against the server, compares as the tail says. */
    private String verifyAndCompare(ModelServer server, double skill, long seed, String tail) {
        return "node {\n" + Fixtures.writeFiles(skill, seed)
                + "  writeFile file: 'champion.csv', text: '''" + Fixtures.predictions(0.7, 1) + "'''\n"
                + "  trainModel(model: 'churn', command: 'sh train.sh', artifacts: ['model/**'])\n"
                + "  verifyModel(model: 'churn', url: '" + server.predictUri() + "', golden: '"
                + files.resolve("golden.jsonl") + "',\n      requests: '" + files.resolve("requests.jsonl")
                + "', rate: 50, count: 20, concurrency: 4, timeout: '5s')\n"
                + tail + "}\n";
    }

    @Test
    void shouldHoldTheLatencyInAPairedComparisonToo(JenkinsRule r) throws Exception {
        writeChecks();
        try (ModelServer server = ModelServer.start(model, ServerOptions.loopback())) {
            WorkflowJob seed = r.createProject(WorkflowJob.class, "seed");
            seed.setDefinition(new CpsFlowDefinition(verifyAndCompare(server, 0.7, 1,
                    "  compareToProduction(model: 'churn', policy: [no_champion: 'promote', checks: "
                            + "[[metric: 'latency_p99_ms', max_value: 60000]]])\n"
                            + "  promoteModel(model: 'churn', reason: 'seed')\n"), true));
            r.buildAndAssertSuccess(seed);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(verifyAndCompare(server, 0.9, 5,
                    "  def v = compareToProduction(model: 'churn', predictions: 'preds.csv',\n"
                            + "      championPredictions: 'champion.csv', policy: [checks: [\n"
                            + "      [metric: 'roc_auc', max_regression: 0.0],\n"
                            + "      [metric: 'latency_p99_ms', max_value: 60000, max_regression: 60000]]])\n"
                            + "  echo \"comparison=${v.comparison} verdict=${v.verdict}\"\n"), true));

            WorkflowRun b = r.buildAndAssertSuccess(p);

            // without the verification metrics on the paired path the latency checks would fail as missing
            r.assertLogContains("comparison=paired verdict=PROMOTE", b);
            r.assertLogNotContains("missing from the", b);
        }
    }

    @Test
    void shouldFailOnAGoldenMismatchAfterRecordingTheMetrics(JenkinsRule r) throws Exception {
        writeChecks();
        Path wrong = files.resolve("wrong.csv");
        Files.writeString(wrong, "state,international_plan,expected_label\nKS,yes,maybe\n");
        try (ModelServer server = ModelServer.start(model, ServerOptions.loopback())) {
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(pipeline(server, wrong.toString(), "[checks: []]"), true));

            WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

            r.assertLogContains("verifyModel: the golden check failed: 1 of 1 rows did not match", b);
            r.assertLogNotContains("verdict=", b);
            ModelAction action = b.getAction(ModelAction.class);
            assertThat(action.isVerificationPassed()).isFalse();
            assertThat(action.getGoldenMismatches()).hasSize(1);
            r.createWebClient().goTo(b.getUrl() + action.getUrlName() + "/");
        }
    }

    @Test
    void shouldRefuseAUrlThatIsNotHttpBeforeRunningAnything(JenkinsRule r) throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node {\n"
                + "  verifyModel(model: 'churn', url: 'file:///etc/passwd', golden: 'golden.jsonl')\n}\n", true));

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("'url' must be an http:// or https:// URL with a host", b);
        assertThat(b.getAction(ModelAction.class)).isNull();
    }
}
