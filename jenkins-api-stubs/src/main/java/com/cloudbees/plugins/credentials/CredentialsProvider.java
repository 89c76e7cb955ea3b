package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionPoint;
import hudson.model.ItemGroup;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * Stub of {@code com.cloudbees.plugins.credentials.CredentialsProvider}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/CredentialsProvider.java">upstream</a>.
 * Only the two non-deprecated static look-ups the plugin calls, with the Spring Security {@link Authentication}
 * (the {@code lookupCredentials}/{@code listCredentials} overloads taking an Acegi authentication are deprecated
 * upstream). Upstream is an abstract class extending {@code Descriptor<CredentialsProvider>} and implementing
 * {@code Describable<CredentialsProvider>}; the stub keeps only {@link ExtensionPoint}.
 */
public abstract class CredentialsProvider implements ExtensionPoint {
    CredentialsProvider() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @NonNull
    @SuppressWarnings({"unchecked", "unused"})
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(@NonNull Class<C> type,
                                                                               @Nullable ItemGroup itemGroup,
                                                                               @Nullable Authentication authentication) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static <C extends IdCredentials> ListBoxModel listCredentialsInItemGroup(@NonNull Class<C> type,
                                                                                    @Nullable ItemGroup itemGroup,
                                                                                    @Nullable Authentication authentication,
                                                                                    @Nullable List<DomainRequirement>
                                                                                 domainRequirements,
                                                                                    @Nullable CredentialsMatcher matcher) {
        throw new UnsupportedOperationException();
    }
}
