package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** Stub of {@code com.cloudbees.plugins.credentials.CredentialsMatcher}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/CredentialsMatcher.java">upstream</a>. */
public interface CredentialsMatcher extends Serializable {
    /** Upstream member. */
    boolean matches(@NonNull Credentials item);
}
