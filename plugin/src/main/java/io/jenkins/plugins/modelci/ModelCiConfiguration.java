package io.jenkins.plugins.modelci;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.modelci.registry.RegistryUrls;
import java.io.File;
import java.util.Collections;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.verb.POST;

/**
 * Global settings of Model CI: where the model registry lives, and which username/password credentials
 * (from the Credentials plugin) open a shared one.
 *
 * <p>Every field has a {@link DataBoundSetter}, so the default form binding and Configuration as Code
 * ({@code unclassified: modelCi: registryUrl: ... credentialsId: ...}) both work without custom form parsing.
 */
@Extension
@Symbol("modelCi")
public class ModelCiConfiguration extends GlobalConfiguration {
    private String registryUrl;
    private String credentialsId;

    /** Loads the saved settings. */
    public ModelCiConfiguration() {
        load();
    }

    /** The singleton instance. */
    public static ModelCiConfiguration get() {
        return ExtensionList.lookupSingleton(ModelCiConfiguration.class);
    }

    @Override
    public String getDisplayName() {
        return Messages.ModelCiConfiguration_DisplayName();
    }

    /** The JDBC URL as configured; empty means the embedded default. */
    public String getRegistryUrl() {
        return registryUrl;
    }

    /** Sets the JDBC URL of the registry; blank selects the embedded H2 database. */
    @DataBoundSetter
    public void setRegistryUrl(String registryUrl) {
        this.registryUrl = Util.fixEmptyAndTrim(registryUrl);
        save();
    }

    /** The id of the username/password credentials for a shared registry (PostgreSQL); empty for the embedded one. */
    public String getCredentialsId() {
        return credentialsId;
    }

    /** Sets the id of the registry's username/password credentials. */
    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
        save();
    }

    /**
     * The configured credentials, looked up as the system among the global ones each time the registry is opened,
     * so a rotated password is picked up; {@code null} when none is configured or the id no longer exists.
     */
    @CheckForNull
    public StandardUsernamePasswordCredentials credentials() {
        String id = credentialsId;
        if (id == null) {
            return null;
        }
        return CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItemGroup(
                        StandardUsernamePasswordCredentials.class, Jenkins.get(), ACL.SYSTEM2),
                CredentialsMatchers.withId(id));
    }

    /** The JDBC URL to connect to: the configured one, or H2 under {@code JENKINS_HOME/model-ci}. */
    public String effectiveRegistryUrl() {
        return RegistryUrls.resolve(registryUrl, new File(Jenkins.get().getRootDir(), "model-ci").toPath());
    }

    /** The username/password credentials an administrator may pick; lists ids and names, never secrets. */
    @POST
    public ListBoxModel doFillCredentialsIdItems() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.ModelCiConfiguration_NoCredentials(), "");
        items.addAll(CredentialsProvider.listCredentialsInItemGroup(StandardUsernamePasswordCredentials.class,
                Jenkins.get(), ACL.SYSTEM2, Collections.emptyList(), CredentialsMatchers.always()));
        return items;
    }
}
