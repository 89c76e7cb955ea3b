package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelci.registry.AliasEvent;
import io.modelci.registry.ModelVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.test.steps.SemaphoreStep;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * {@code evaluateModel}, {@code compareToProduction}, {@code promoteModel} and {@code verifyModel} across controller
 * restarts: a build stopped in the middle of a step runs the step again, and a build stopped between the steps goes
 * on with what the earlier steps recorded, writing nothing twice.
 */
@Tag("jenkins")
class ResumeAfterRestartITest {
    @RegisterExtension
    static BuildWatcherExtension buildWatcher = new BuildWatcherExtension();

    @RegisterExtension
    JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @TempDir
    Path files;

    @Test
    void shouldRunVerifyModelAgainWhenTheControllerRestartsDuringItsCheck() throws Throwable {
        Files.writeString(files.resolve("golden.jsonl"), "{\"input\": {\"x\": 1}, \"expected\": {\"x\": 1}}\n"
                + "{\"input\": {\"x\": 2}, \"expected\": {\"x\": 2}}\n", StandardCharsets.UTF_8);
        // Each run of the command takes a ticket, then echoes its inputs once the test says go for that ticket. It is
        // sourced by the engine's "sh -c", so $PPID is the JVM: the first run, cut off by the restart, waits for the
        // JVM to end instead of answering into a Jenkins that is gone.
        Path tickets = Files.createDirectories(files.resolve("tickets"));
        Files.writeString(files.resolve("answer.sh"), "n=$(( $(ls '" + tickets + "' | wc -l) + 1 ))\n"
                + "echo $$ > '" + tickets + "'/$n\n"
                + "while [ ! -f '" + files + "'/go$n ] && kill -0 $PPID 2>/dev/null; do sleep 0.1; done\n"
                + "cat\n", StandardCharsets.UTF_8);
        String script = "node {\n" + Fixtures.writeFiles(0.9, 1)
                + "  trainModel(model: 'churn', command: 'sh train.sh', artifacts: ['model/**'])\n"
                + "  def m = verifyModel(model: 'churn', command: \". '" + files.resolve("answer.sh") + "'\",\n"
                + "      golden: '" + files.resolve("golden.jsonl") + "', timeout: '24h')\n"
                + "  echo \"passed=${m.passed} rows=${m.metrics.golden_rows} mismatches=${m.metrics.golden_mismatches}\"\n"
                + "}\n";
        sessions.then(r -> {
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(script, true));
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            r.waitForMessage("[Model CI] verifying 'churn'", b);
            awaitFile(tickets.resolve("1"));
            assertThat(b.isBuilding()).isTrue();
        });
        sessions.then(r -> {
            WorkflowRun b = r.jenkins.getItemByFullName("p", WorkflowJob.class).getBuildByNumber(1);
            r.waitForMessage("resumed after a controller restart: running this step again", b);
            awaitFile(tickets.resolve("2"));
            Files.createFile(files.resolve("go2"));
            r.assertBuildStatusSuccess(r.waitForCompletion(b));

            r.assertLogContains("passed=true rows=2 mismatches=0", b);
            try (var listing = Files.list(tickets)) {
                assertThat(listing.count()).as("runs of the check: one cut off, one after the restart").isEqualTo(2);
            }
            ModelAction action = b.getAction(ModelAction.class);
            assertThat(action.isVerified()).isTrue();
            assertThat(action.isVerificationPassed()).isTrue();
            ModelVersion v = RegistryAccess.get().get("churn", action.getVersion()).orElseThrow();
            assertThat(v.evaluations().get(VerifyModelStep.EVALUATION).metrics()).containsEntry("golden_rows", 2.0);
        });
    }

    @Test
    void shouldGoOnAfterARestartBetweenEachStepWithoutWritingAnythingTwice() throws Throwable {
        String script = "node {\n" + Fixtures.writeFiles(0.9, 1)
                + "  trainModel(model: 'churn', command: 'sh train.sh', artifacts: ['model/**'])\n"
                + "  def e = evaluateModel(model: 'churn', predictions: 'preds.csv', name: 'holdout', bootstrap: 200)\n"
                + "  semaphore 'evaluated'\n"
                + "  def v = compareToProduction(model: 'churn', policy: 'policy.yaml')\n"
                + "  semaphore 'compared'\n"
                + "  def p = promoteModel(model: 'churn', reason: 'first model')\n"
                + "  semaphore 'promoted'\n"
                + "  def again = promoteModel(model: 'churn', reason: 'first model')\n"
                + "  echo \"auc=${e.metrics.roc_auc} verdict=${v.verdict} to=${p.to} again=${again.to}\"\n"
                + "}\n";
        sessions.then(r -> {
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(script, true));
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            SemaphoreStep.waitForStart("evaluated/1", b);
        });
        sessions.then(r -> {
            WorkflowRun b = r.jenkins.getItemByFullName("p", WorkflowJob.class).getBuildByNumber(1);
            assertThat(b.getAction(ModelAction.class).getVersion()).isEqualTo(1);
            SemaphoreStep.success("evaluated/1", null);
            SemaphoreStep.waitForStart("compared/1", b);
        });
        sessions.then(r -> {
            WorkflowRun b = r.jenkins.getItemByFullName("p", WorkflowJob.class).getBuildByNumber(1);
            ModelAction action = b.getAction(ModelAction.class);
            assertThat(action.getDecision()).isEqualTo("PROMOTE_FIRST");
            assertThat(action.isPromoteAllowed()).isTrue();
            SemaphoreStep.success("compared/1", null);
            SemaphoreStep.waitForStart("promoted/1", b);
        });
        sessions.then(r -> {
            WorkflowRun b = r.jenkins.getItemByFullName("p", WorkflowJob.class).getBuildByNumber(1);
            SemaphoreStep.success("promoted/1", null);
            r.assertBuildStatusSuccess(r.waitForCompletion(b));

            r.assertLogContains("verdict=PROMOTE_FIRST to=1 again=1", b);
            r.assertLogContains("this build's earlier promotion, nothing changed", b);
            List<AliasEvent> history = RegistryAccess.get().aliasHistory("churn", "champion");
            assertThat(history).hasSize(1);
            assertThat(history.get(0).buildUrl()).isEqualTo(b.getExternalizableId());
            assertThat(RegistryAccess.get().get("churn", 1).orElseThrow().evaluations()).containsOnlyKeys("holdout");
            ModelAction action = b.getAction(ModelAction.class);
            assertThat(action.getPromotedVersion()).isEqualTo(1);
            assertThat(action.lastEvaluationName()).isEqualTo("holdout");
        });
    }

    /** Waits (bounded) for a file a pipeline's command writes. */
    private static void awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 600 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        assertThat(file).exists();
    }
}
