package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.modelci.registry.AliasEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The five steps end to end in real Pipelines, on the built-in node with a fake nvidia-smi. */
@Tag("jenkins")
@WithJenkins
class ModelCiPipelineITest {
    @RegisterExtension
    static BuildWatcherExtension buildWatcher = new BuildWatcherExtension();

    @TempDir
    Path tools;

    private String pipeline(Path nvidiaSmi, double skill, long seed, String tail) {
        return "node {\n"
                + Fixtures.writeFiles(skill, seed)
                + "  withEnv(['MODELCI_NVIDIA_SMI=" + nvidiaSmi + "']) {\n"
                + "    withGpus(count: 1) {\n"
                + "      echo \"CUDA=${env.CUDA_VISIBLE_DEVICES} GPUS=${env.MODELCI_GPUS}\"\n"
                + "      def t = trainModel(model: 'churn', command: 'sh train.sh', metrics: ['metrics.json'],\n"
                + "          artifacts: ['model/**'], params: [lr: 0.01], timeout: '10m')\n"
                + "      echo \"trained version=${t.version} auc=${t.metrics['val.auc']}\"\n"
                + "    }\n"
                + "  }\n"
                + "  def e = evaluateModel(model: 'churn', predictions: 'preds.csv', name: 'holdout')\n"
                + "  echo \"evaluated auc=${e.metrics.roc_auc}\"\n"
                + "  def v = compareToProduction(model: 'churn', policy: 'policy.yaml')\n"
                + "  echo \"verdict=${v.verdict}\"\n"
                + tail
                + "}\n";
    }

    @Test
    void shouldTrainEvaluateCompareAndPromoteWithAllFiveSteps(JenkinsRule r) throws Exception {
        Path smi = Fixtures.fakeNvidiaSmi(tools, 2);
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(pipeline(smi, 0.8, 1,
                "  promoteModel(model: 'churn', reason: 'first model')\n"), true));

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("CUDA=GPU-00000000-0000-4000-8000-000000000000 GPUS=0", b);
        r.assertLogContains("epoch 3 loss=0.6", b); // the detached trainer's output reached the build log
        r.assertLogContains("trained version=1 auc=0.9", b);
        r.assertLogContains("verdict=PROMOTE_FIRST", b);
        assertThat(RegistryAccess.get().resolve("churn", "champion")).contains(1);
        List<AliasEvent> history = RegistryAccess.get().aliasHistory("churn", "champion");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).reason()).isEqualTo("first model");
        assertThat(history.get(0).buildUrl()).isEqualTo(b.getExternalizableId());

        ModelAction action = b.getAction(ModelAction.class);
        assertThat(action.getVersion()).isEqualTo(1);
        assertThat(action.getPromotedAlias()).isEqualTo("champion");
        assertThat(action.getMetrics()).containsKey("val.auc");
        assertThat(new java.io.File(b.getRootDir(), "model-ci/churn.json")).isFile();
        assertThat(b.getArtifacts().stream().map(a -> a.relativePath).toList()).containsExactlyInAnyOrder(
                "model/weights.bin", "model-ci/churn/run.json", "model-ci/churn/train.log");
        assertThat(artifactText(b, "model/weights.bin")).isEqualTo("weights\n");
        assertThat(artifactText(b, "model-ci/churn/train.log")).contains("epoch 3 loss=0.6");
        assertThat(artifactText(b, "model-ci/churn/run.json")).contains("model/weights.bin").contains("\"sha256\"");
        // JenkinsRule sets the Jenkins URL, so the registry points at the archived copy, not the agent's workspace.
        assertThat(RegistryAccess.get().get("churn", 1).orElseThrow().artifacts().get(0).uri())
                .isEqualTo(r.getURL() + b.getUrl() + "artifact/model/weights.bin");
        assertThat(p.getAction(ModelTrendAction.class)).isNotNull();
        r.createWebClient().goTo(b.getUrl() + action.getUrlName() + "/");
        r.createWebClient().goTo(p.getUrl() + "model-trend/");
        r.createWebClient().goTo("model-registry/");
    }

    /** An archived file's text, read through the build's artifact manager as a user's download would be. */
    private static String artifactText(WorkflowRun b, String path) throws Exception {
        try (InputStream in = b.getArtifactManager().root().child(path).open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldArchiveOnlyTheLogOfAFailedTraining(JenkinsRule r) throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node {\n"
                + "  trainModel(model: 'churn', artifacts: ['model/**'],\n"
                + "      command: 'mkdir -p model && echo half > model/weights.bin; echo boom; exit 3')\n}\n", true));

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("exited with status 3", b);
        assertThat(b.getArtifacts().stream().map(a -> a.relativePath).toList())
                .containsExactly("model-ci/churn/train.log");
        assertThat(artifactText(b, "model-ci/churn/train.log")).contains("boom");
        assertThat(RegistryAccess.get().getModel("churn")).isEmpty(); // a failed run registers no version
    }

    @Test
    void shouldArchiveNothingWhenArchiveIsOff(JenkinsRule r) throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node {\n" + Fixtures.writeFiles(0.9, 1)
                + "  def t = trainModel(model: 'churn', command: 'sh train.sh', artifacts: ['model/**'], archive: false)\n"
                + "  echo \"recorded=${t.artifacts}\"\n}\n", true));

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("recorded=[model/weights.bin]", b);
        assertThat(b.getArtifacts()).isEmpty();
    }

    @Test
    void shouldRefuseAnArtifactGlobOutsideTheWorkspaceBeforeTraining(JenkinsRule r) throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node {\n"
                + "  trainModel(model: 'churn', command: 'echo should-not-run', artifacts: ['../other/**'])\n}\n",
                true));

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("'artifacts'", b);
        r.assertLogContains("'../other/**'", b);
        r.assertLogNotContains("[Model CI] training", b);
        assertThat(b.getArtifacts()).isEmpty();
    }

    @Test
    void shouldMarkTheBuildUnstableWhenTheGateRejects(JenkinsRule r) throws Exception {
        Path smi = Fixtures.fakeNvidiaSmi(tools, 1);
        WorkflowJob good = r.createProject(WorkflowJob.class, "good");
        good.setDefinition(new CpsFlowDefinition(pipeline(smi, 0.9, 1,
                "  promoteModel(model: 'churn', reason: 'strong first model')\n"), true));
        r.buildAndAssertSuccess(good);

        WorkflowJob worse = r.createProject(WorkflowJob.class, "worse");
        worse.setDefinition(new CpsFlowDefinition(pipeline(smi, 0.3, 2,
                "  if (v.promote) { promoteModel(model: 'churn', reason: 'should not happen') }\n"), true));
        WorkflowRun b = r.buildAndAssertStatus(Result.UNSTABLE, worse);

        r.assertLogContains("verdict=REJECT", b);
        assertThat(RegistryAccess.get().resolve("churn", "champion")).contains(1);
        assertThat(b.getAction(ModelAction.class).getDecision()).isEqualTo("REJECT");
    }

    @Test
    void shouldFailTheLoserOfTwoConcurrentPromotions(JenkinsRule r) throws Exception {
        Path smi = Fixtures.fakeNvidiaSmi(tools, 2);
        WorkflowJob seed = r.createProject(WorkflowJob.class, "seed");
        seed.setDefinition(new CpsFlowDefinition(pipeline(smi, 0.7, 1,
                "  promoteModel(model: 'churn', reason: 'seed')\n"), true));
        r.buildAndAssertSuccess(seed);

        WorkflowJob racer = r.createProject(WorkflowJob.class, "racer");
        racer.setConcurrentBuild(true);
        racer.setDefinition(new CpsFlowDefinition(pipeline(smi, 0.95, 3,
                "  semaphore 'promote'\n  promoteModel(model: 'churn', reason: 'race')\n"), true));
        WorkflowRun first = racer.scheduleBuild2(0).waitForStart();
        SemaphoreStep.waitForStart("promote/1", first);
        WorkflowRun second = racer.scheduleBuild2(0).waitForStart();
        SemaphoreStep.waitForStart("promote/2", second);

        SemaphoreStep.success("promote/2", null);
        r.assertBuildStatusSuccess(r.waitForCompletion(second));
        SemaphoreStep.success("promote/1", null);
        r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(first));

        r.assertLogContains("registry conflict", first);
        int winner = second.getAction(ModelAction.class).getVersion();
        assertThat(RegistryAccess.get().resolve("churn", "champion")).contains(winner);
        assertThat(RegistryAccess.get().aliasHistory("churn", "champion")).hasSize(2);
    }

    @Test
    void shouldRefusePromotionWithoutAPromoteVerdictUnlessForced(JenkinsRule r) throws Exception {
        Path smi = Fixtures.fakeNvidiaSmi(tools, 1);
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node {\n" + Fixtures.writeFiles(0.9, 1)
                + "  trainModel(model: 'churn', command: 'sh train.sh', artifacts: ['model/**'])\n"
                + "  promoteModel(model: 'churn', reason: 'no gate')\n}\n", true));

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);

        r.assertLogContains("no compareToProduction(model: 'churn', alias: 'champion') in this build", b);
        assertThat(RegistryAccess.get().resolve("churn", "champion")).isEmpty();
    }

    @Test
    void shouldComparePairedWhenBothModelsScoredTheSameRows(JenkinsRule r) throws Exception {
        Path smi = Fixtures.fakeNvidiaSmi(tools, 1);
        WorkflowJob seed = r.createProject(WorkflowJob.class, "seed");
        seed.setDefinition(new CpsFlowDefinition(pipeline(smi, 0.7, 1,
                "  promoteModel(model: 'churn', reason: 'seed')\n"), true));
        r.buildAndAssertSuccess(seed);

        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node {\n" + Fixtures.writeFiles(0.9, 5)
                + "  writeFile file: 'champion.csv', text: '''" + Fixtures.predictions(0.7, 1) + "'''\n"
                + "  trainModel(model: 'churn', command: 'sh train.sh', artifacts: ['model/**'])\n"
                + "  def v = compareToProduction(model: 'churn', policy: 'policy.yaml', predictions: 'preds.csv',\n"
                + "      championPredictions: 'champion.csv')\n"
                + "  echo \"comparison=${v.comparison} verdict=${v.verdict} champion=${v.champion.version}\"\n}\n",
                true));

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("comparison=paired verdict=PROMOTE champion=1", b);
    }

    @Test
    void shouldAllocateGpusForTrainModelItselfAndFreeThem(JenkinsRule r) throws Exception {
        Path smi = Fixtures.fakeNvidiaSmi(tools, 1);
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node {\n" + Fixtures.writeFiles(0.9, 1)
                + "  withEnv(['MODELCI_NVIDIA_SMI=" + smi + "']) {\n"
                + "    trainModel(model: 'churn', gpus: 1, artifacts: ['model/**'],\n"
                + "        command: 'sh train.sh; echo \"visible=$CUDA_VISIBLE_DEVICES\"')\n"
                + "    withGpus(count: 1) { echo 'freed after training' }\n"
                + "  }\n}\n", true));

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("visible=GPU-00000000-0000-4000-8000-000000000000", b);
        r.assertLogContains("freed after training", b);
    }
}
