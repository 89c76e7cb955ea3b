package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

/**
 * Stub of {@code com.cloudbees.plugins.credentials.common.PasswordCredentials}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/common/PasswordCredentials.java">upstream</a>.
 */
public interface PasswordCredentials extends Credentials {
    /** Upstream member. */
    @NonNull
    Secret getPassword();
}
