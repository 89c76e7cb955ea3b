package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stub of {@code com.cloudbees.plugins.credentials.common.UsernameCredentials}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/common/UsernameCredentials.java">upstream</a>.
 */
public interface UsernameCredentials extends Credentials {
    /** Upstream member. */
    @NonNull
    String getUsername();
}
