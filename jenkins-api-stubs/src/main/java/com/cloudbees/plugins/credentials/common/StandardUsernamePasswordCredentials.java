package com.cloudbees.plugins.credentials.common;

/**
 * Stub of {@code com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernamePasswordCredentials.java">upstream</a>.
 */
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {
}
