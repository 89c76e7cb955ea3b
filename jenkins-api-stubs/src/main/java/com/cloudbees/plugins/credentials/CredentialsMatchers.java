package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Stub of {@code com.cloudbees.plugins.credentials.CredentialsMatchers}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/CredentialsMatchers.java">upstream</a>
 * ({@code always}, {@code withId}, {@code firstOrNull}; the other matchers and filters left out).
 */
public class CredentialsMatchers {
    private CredentialsMatchers() {
        throw new UnsupportedOperationException("Utility class");
    }

    /** Upstream member. */
    @NonNull
    public static CredentialsMatcher always() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @NonNull
    public static CredentialsMatcher withId(@NonNull String id) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @CheckForNull
    public static <C extends Credentials> C firstOrNull(@NonNull Iterable<C> credentials,
                                                        @NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException();
    }
}
