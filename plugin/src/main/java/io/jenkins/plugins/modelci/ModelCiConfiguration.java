package io.jenkins.plugins.modelci;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.util.Secret;
import io.modelci.registry.RegistryUrls;
import java.io.File;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Global settings of Model CI: where the model registry lives.
 *
 * <p>Every field has a {@link DataBoundSetter}, so the default form binding and Configuration as Code
 * ({@code unclassified: modelCi: registryUrl: ...}) both work without custom form parsing.
 */
@Extension
@Symbol("modelCi")
public class ModelCiConfiguration extends GlobalConfiguration {
    private String registryUrl;
    private String registryUser;
    private Secret registryPassword;

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

    /** The database user for a shared registry (PostgreSQL); empty for the embedded one. */
    public String getRegistryUser() {
        return registryUser;
    }

    /** Sets the database user. */
    @DataBoundSetter
    public void setRegistryUser(String registryUser) {
        this.registryUser = Util.fixEmptyAndTrim(registryUser);
        save();
    }

    /** The database password, encrypted at rest by Jenkins. */
    public Secret getRegistryPassword() {
        return registryPassword;
    }

    /** Sets the database password. */
    @DataBoundSetter
    public void setRegistryPassword(Secret registryPassword) {
        this.registryPassword = registryPassword;
        save();
    }

    /** The JDBC URL to connect to: the configured one, or H2 under {@code JENKINS_HOME/model-ci}. */
    public String effectiveRegistryUrl() {
        return RegistryUrls.resolve(registryUrl, new File(Jenkins.get().getRootDir(), "model-ci").toPath());
    }
}
