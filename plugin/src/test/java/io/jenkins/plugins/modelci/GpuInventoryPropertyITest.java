package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import hudson.model.Computer;
import hudson.model.Label;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.test.steps.SemaphoreStep;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * An agent's GPUs: read when it connects (a fake nvidia-smi in its environment) and shown on its page before any
 * build; declared by hand: kept by the configuration form, allocated without nvidia-smi, checked.
 */
@Tag("jenkins")
@WithJenkins
class GpuInventoryPropertyITest {
    @TempDir
    Path tools;

    /** No nvidia-smi there: detection would find no GPU, so a grant can only come from the declared list. */
    private static final String NO_SMI = "MODELCI_NVIDIA_SMI=/nonexistent/nvidia-smi";

    private static DumbSlave agentWith(JenkinsRule r, String gpus) throws Exception {
        DumbSlave agent = r.createOnlineSlave(Label.get("gpu"));
        GpuInventoryProperty property = new GpuInventoryProperty();
        property.setDetect(false);
        property.setGpus(gpus);
        agent.getNodeProperties().add(property);
        return agent;
    }

    @Test
    void shouldShowAnAgentsGpusOnItsPageAndInItsConnectionLogAsSoonAsItConnects(JenkinsRule r) throws Exception {
        Path smi = Fixtures.fakeNvidiaSmi(tools, 2);

        DumbSlave agent = r.createOnlineSlave(Label.get("gpu"), new EnvVars("MODELCI_NVIDIA_SMI", smi.toString()));

        JenkinsRule.WebClient wc = r.createWebClient();
        String page = wc.goTo(agent.toComputer().getUrl() + "gpus/").asNormalizedText();
        assertThat(page).contains("NVIDIA A100-SXM4-80GB").contains("81920 MiB");
        String log = wc.goTo(agent.toComputer().getUrl() + "logText/progressiveText?start=0", "text/plain")
                .getWebResponse().getContentAsString();
        assertThat(log).contains("[Model CI] GPUs: 0 NVIDIA A100-SXM4-80GB (81920 MiB), 1 NVIDIA A100-SXM4-80GB"
                + " (81920 MiB)");
    }

    @Test
    void shouldShowWhichBuildHoldsWhichGpuOnTheAgentsPage(JenkinsRule r) throws Exception {
        Path smi = Fixtures.fakeNvidiaSmi(tools, 2);
        DumbSlave agent = r.createOnlineSlave(Label.get("gpu"), new EnvVars("MODELCI_NVIDIA_SMI", smi.toString()));
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node('gpu') {\n  withGpus { semaphore 'hold' }\n}\n", true));

        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        SemaphoreStep.waitForStart("hold/1", b);
        String page = r.createWebClient().goTo(agent.toComputer().getUrl() + "gpus/").asNormalizedText();
        SemaphoreStep.success("hold/1", null);
        r.assertBuildStatusSuccess(r.waitForCompletion(b));

        assertThat(page).contains(b.getExternalizableId());
    }

    /** An nvidia-smi stand-in that prints whatever query.csv and list.txt beside it hold, so a test can remove a card. */
    private Path switchableNvidiaSmi(int count) throws Exception {
        Path smi = tools.resolve("nvidia-smi");
        Files.writeString(smi, "#!/bin/sh\ndir=$(dirname \"$0\")\ncase \"$1\" in\n"
                + "  -L) cat \"$dir/list.txt\" ;;\n  --query-gpu=*) cat \"$dir/query.csv\" ;;\n  *) exit 0 ;;\nesac\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));
        cards(count);
        return smi;
    }

    private void cards(int count) throws Exception {
        StringBuilder query = new StringBuilder();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String uuid = "GPU-00000000-0000-4000-8000-00000000000" + i;
            query.append(i).append(", ").append(uuid).append(", NVIDIA A100-SXM4-80GB, 81920, 4, 0\n");
            list.append("GPU ").append(i).append(": NVIDIA A100-SXM4-80GB (UUID: ").append(uuid).append(")\n");
        }
        Files.writeString(tools.resolve("query.csv"), query, StandardCharsets.UTF_8);
        Files.writeString(tools.resolve("list.txt"), list, StandardCharsets.UTF_8);
    }

    @Test
    void shouldRefuseAWaitingRequestWhenTheAgentReconnectsWithTooFewGpus(JenkinsRule r) throws Exception {
        Path smi = switchableNvidiaSmi(2);
        DumbSlave agent = r.createOnlineSlave(Label.get("gpu"), new EnvVars("MODELCI_NVIDIA_SMI", smi.toString()));
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        // One executor on the agent: both requests come from branches of one node block. The holder goes first.
        p.setDefinition(new CpsFlowDefinition("node('gpu') {\n  parallel holder: {\n"
                + "    withGpus { semaphore 'hold' }\n"
                + "  }, big: {\n"
                + "    semaphore 'start'\n"
                + "    withGpus(count: 2) { echo 'never' }\n"
                + "  }\n}\n", true));
        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        SemaphoreStep.waitForStart("hold/1", b);
        SemaphoreStep.waitForStart("start/1", b);
        SemaphoreStep.success("start/1", null);
        r.waitForMessage("waiting for 2 GPUs on ", b);

        cards(1); // the second card is removed; the first, held, stays
        r.disconnectSlave(agent);
        r.waitOnline(agent);

        r.waitForMessage("the agent now has only 1 GPU for 2 GPUs", b);
        String page = r.createWebClient().goTo(agent.toComputer().getUrl() + "gpus/").asNormalizedText();
        SemaphoreStep.success("hold/1", null);
        r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(b));

        r.assertLogNotContains("never", b);
        assertThat(page).contains(b.getExternalizableId()).contains("NVIDIA A100-SXM4-80GB");
    }

    @Test
    void shouldShowNoGpusPageAndNoLineForAnAgentWithoutNvidiaSmi(JenkinsRule r) throws Exception {
        DumbSlave agent = r.createOnlineSlave(Label.get("cpu"), new EnvVars("PATH", tools.toString()));

        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        int status = wc.goTo(agent.toComputer().getUrl() + "gpus/", null).getWebResponse().getStatusCode();
        String log = wc.goTo(agent.toComputer().getUrl() + "logText/progressiveText?start=0", "text/plain")
                .getWebResponse().getContentAsString();

        assertThat(status).isEqualTo(404);
        assertThat(log).doesNotContain("[Model CI]");
    }

    @Test
    void shouldKeepTheSettingsThroughTheConfigurationForm(JenkinsRule r) throws Exception {
        DumbSlave agent = agentWith(r, "0:A100-SXM4-80GB:81920, 1:A100-SXM4-80GB:81920");

        DumbSlave saved = r.configRoundtrip(agent);

        GpuInventoryProperty property = saved.getNodeProperty(GpuInventoryProperty.class);
        assertThat(property).isNotNull();
        assertThat(property.isDetect()).isFalse();
        assertThat(property.getGpus()).isEqualTo("0:A100-SXM4-80GB:81920, 1:A100-SXM4-80GB:81920");
    }

    @Test
    void shouldAllocateFromTheDeclaredGpusWithoutNvidiaSmi(JenkinsRule r) throws Exception {
        agentWith(r, "0:A100-SXM4-80GB:81920, 1:L4:23034:GPU-l4");
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node('gpu') {\n  withEnv(['" + NO_SMI + "']) {\n"
                + "    withGpus(count: 1, name: 'L4') {\n"
                + "      echo \"cuda=${env.CUDA_VISIBLE_DEVICES} gpus=${env.MODELCI_GPUS}\"\n"
                + "    }\n  }\n}\n", true));

        WorkflowRun b = r.buildAndAssertSuccess(p);

        r.assertLogContains("cuda=GPU-l4 gpus=1", b);
    }

    @Test
    void shouldFailTheBuildNamingTheFieldWhenTheListIsMalformed(JenkinsRule r) throws Exception {
        agentWith(r, "0:A100-SXM4-80GB");
        WorkflowJob p = r.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition("node('gpu') {\n  withGpus { echo 'never' }\n}\n", true));

        WorkflowRun b = r.assertBuildStatus(Result.FAILURE, p.scheduleBuild2(0));

        r.assertLogContains("'gpus'", b);
        r.assertLogContains("entry 1", b);
        r.assertLogNotContains("never", b);
    }

    /** The form's check of the gpus field on the agent's configuration page, as the browser sends it (POST). */
    private static WebResponse checkGpus(JenkinsRule r, String user, DumbSlave agent, String gpus, boolean detect)
            throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false).login(user);
        WebRequest request = new WebRequest(new URL(r.getURL(), agent.toComputer().getUrl() + "descriptorByName/"
                + GpuInventoryProperty.class.getName() + "/checkGpus"), HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("value", gpus),
                new NameValuePair("detect", Boolean.toString(detect))));
        return wc.getPage(wc.addCrumb(request)).getWebResponse();
    }

    private static void secure(JenkinsRule r) {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ).everywhere().to("reader", "configurer")
                .grant(Computer.CONFIGURE).everywhere().to("configurer"));
    }

    @Test
    void shouldShowTheBuildsMessageInTheFormForAMalformedList(JenkinsRule r) throws Exception {
        DumbSlave agent = agentWith(r, "0:A100-SXM4-80GB:81920");
        secure(r);

        WebResponse malformed = checkGpus(r, "configurer", agent, "0:A100-SXM4-80GB:81920, 1:A100", false);
        WebResponse fine = checkGpus(r, "configurer", agent, "0:A100-SXM4-80GB:81920, 1:L4:23034", false);
        WebResponse detected = checkGpus(r, "configurer", agent, "1:A100", true);

        assertThat(malformed.getStatusCode()).isEqualTo(200);
        assertThat(malformed.getContentAsString()).contains("error").contains("entry 2")
                .contains("expected index:name:memoryMiB");
        assertThat(fine.getStatusCode()).isEqualTo(200);
        assertThat(fine.getContentAsString()).doesNotContain("error").doesNotContain("entry");
        assertThat(detected.getContentAsString()).doesNotContain("entry");
    }

    @Test
    void shouldRefuseTheFormCheckToAUserWhoCannotConfigureTheAgent(JenkinsRule r) throws Exception {
        DumbSlave agent = agentWith(r, "0:A100-SXM4-80GB:81920");
        secure(r);

        assertThat(checkGpus(r, "reader", agent, "1:A100", false).getStatusCode()).isEqualTo(403);
    }
}
