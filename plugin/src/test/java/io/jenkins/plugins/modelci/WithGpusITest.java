package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

/** {@code withGpus} queues FIFO per agent without an executor thread, and its queue survives a restart. */
@Tag("jenkins")
class WithGpusITest {
    @RegisterExtension
    static BuildWatcherExtension buildWatcher = new BuildWatcherExtension();

    @RegisterExtension
    JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @TempDir
    Path tools;

    @Test
    void shouldQueueForTheOnlyGpuAndKeepTheQueueAcrossARestart() throws Throwable {
        Path smi = Fixtures.fakeNvidiaSmi(tools, 1);
        String script = "node {\n  withEnv(['MODELCI_NVIDIA_SMI=" + smi + "']) {\n"
                + "    withGpus(count: 1) {\n"
                + "      echo \"holding ${env.MODELCI_GPUS}\"\n"
                + "      semaphore 'hold'\n"
                + "    }\n  }\n}\n";
        sessions.then(r -> {
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setConcurrentBuild(true);
            p.setDefinition(new CpsFlowDefinition(script, true));
            WorkflowRun first = p.scheduleBuild2(0).waitForStart();
            SemaphoreStep.waitForStart("hold/1", first);
            WorkflowRun second = p.scheduleBuild2(0).waitForStart();
            r.waitForMessage("waiting for 1 GPU on ", second);
            Thread.sleep(2000); // give a wrong grant every chance to happen
            r.assertLogNotContains("holding", second);
            assertThat(second.isBuilding()).isTrue();
        });
        sessions.then(r -> {
            WorkflowJob p = r.jenkins.getItemByFullName("p", WorkflowJob.class);
            WorkflowRun first = p.getBuildByNumber(1);
            WorkflowRun second = p.getBuildByNumber(2);
            assertThat(second.isBuilding()).isTrue();
            r.assertLogNotContains("holding", second); // the first build still holds the GPU after the restart
            SemaphoreStep.success("hold/1", null);
            r.assertBuildStatusSuccess(r.waitForCompletion(first));
            SemaphoreStep.waitForStart("hold/2", second);
            r.assertLogContains("holding 0", second);
            SemaphoreStep.success("hold/2", null);
            r.assertBuildStatusSuccess(r.waitForCompletion(second));
        });
    }

    @Test
    void shouldFreeTheGpuWhenTheBodyIsAborted() throws Throwable {
        Path smi = Fixtures.fakeNvidiaSmi(tools, 1);
        sessions.then(r -> {
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setConcurrentBuild(true);
            p.setDefinition(new CpsFlowDefinition("node {\n  withEnv(['MODELCI_NVIDIA_SMI=" + smi + "']) {\n"
                    + "    withGpus { semaphore 'hold' }\n  }\n}\n", true));
            WorkflowRun first = p.scheduleBuild2(0).waitForStart();
            SemaphoreStep.waitForStart("hold/1", first);
            WorkflowRun second = p.scheduleBuild2(0).waitForStart();
            r.waitForMessage("waiting for 1 GPU", second);

            first.doStop();
            r.assertBuildStatus(hudson.model.Result.ABORTED, r.waitForCompletion(first));

            SemaphoreStep.waitForStart("hold/2", second);
            String page = r.createWebClient().goTo("computer/(built-in)/gpus/").asNormalizedText();
            assertThat(page).contains("NVIDIA A100-SXM4-80GB").contains(second.getExternalizableId());
            SemaphoreStep.success("hold/2", null);
            r.assertBuildStatusSuccess(r.waitForCompletion(second));
        });
    }
}
