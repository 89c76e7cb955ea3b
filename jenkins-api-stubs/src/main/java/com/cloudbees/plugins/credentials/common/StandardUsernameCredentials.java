package com.cloudbees.plugins.credentials.common;

/**
 * Stub of {@code com.cloudbees.plugins.credentials.common.StandardUsernameCredentials}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernameCredentials.java">upstream</a>.
 */
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {
}
