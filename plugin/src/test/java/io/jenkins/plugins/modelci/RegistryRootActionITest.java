package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelci.registry.Artifact;
import io.modelci.registry.Lineage;
import io.modelci.registry.NewVersion;
import io.modelci.registry.Registry;
import java.net.URL;
import java.util.List;
import java.util.Map;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The registry page's promote button: POST only, crumb-protected, and only with ModelCI/Promote. */
@Tag("jenkins")
@WithJenkins
class RegistryRootActionITest {
    private JenkinsRule r;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        r = rule;
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ).everywhere().to("reader", "promoter")
                .grant(ModelCiPermissions.PROMOTE).everywhere().to("promoter")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));
        Registry registry = RegistryAccess.get();
        for (int i = 0; i < 2; i++) {
            registry.register("churn", new NewVersion(List.of(new Artifact("model/" + i, "0".repeat(64), 1)),
                    Map.of(), Map.of("auc", 0.8 + i / 100.0), Lineage.by("test"), Map.of(), null));
        }
    }

    private WebRequest promote(JenkinsRule.WebClient wc) throws Exception {
        WebRequest request = new WebRequest(new URL(r.getURL(), "model-registry/promote"), HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("model", "churn"), new NameValuePair("version", "2"),
                new NameValuePair("alias", "champion"), new NameValuePair("expected", ""),
                new NameValuePair("reason", "by hand")));
        return wc.addCrumb(request);
    }

    @Test
    void shouldRefuseAUserWithoutThePromotePermission() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("reader");

        assertThat(wc.getPage(promote(wc)).getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(RegistryAccess.get().resolve("churn", "champion")).isEmpty();
    }

    @Test
    void shouldRefuseAGetEvenFromAnAdministrator() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("admin");

        WebRequest get = new WebRequest(new URL(r.getURL(),
                "model-registry/promote?model=churn&version=2&alias=champion&reason=x"), HttpMethod.GET);
        int status = wc.getPage(get).getWebResponse().getStatusCode();

        // Stapler's @POST (org.kohsuke.stapler.verb) skips the method for a GET and routes on; nothing else answers
        // "promote", so the GET ends as 404 (405 with a form page is @RequirePOST's answer, not @POST's).
        assertThat(status).isEqualTo(404);
        assertThat(RegistryAccess.get().resolve("churn", "champion")).isEmpty();
    }

    @Test
    void shouldPromoteForAUserWithThePermissionAndRecordWho() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().login("promoter");

        wc.getPage(promote(wc));

        assertThat(RegistryAccess.get().resolve("churn", "champion")).contains(2);
        assertThat(RegistryAccess.get().aliasHistory("churn", "champion").get(0).who()).isEqualTo("promoter");
    }

    @Test
    void shouldLetAdministratorsPromoteThroughTheImpliedPermission() throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().login("admin");

        wc.getPage(promote(wc));

        assertThat(RegistryAccess.get().resolve("churn", "champion")).contains(2);
    }
}
