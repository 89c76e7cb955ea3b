package com.cloudbees.plugins.credentials.common;

/**
 * Stub of {@code com.cloudbees.plugins.credentials.common.UsernamePasswordCredentials}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/common/UsernamePasswordCredentials.java">upstream</a>.
 */
public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
}
