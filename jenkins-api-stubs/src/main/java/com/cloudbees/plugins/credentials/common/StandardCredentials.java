package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stub of {@code com.cloudbees.plugins.credentials.common.StandardCredentials}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/common/StandardCredentials.java">upstream</a>.
 */
public interface StandardCredentials extends IdCredentials {
    /** Upstream member. */
    @NonNull
    String getDescription();
}
