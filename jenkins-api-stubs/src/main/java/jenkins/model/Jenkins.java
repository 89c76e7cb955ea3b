package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.SecurityRealm;
import java.io.File;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Stub of {@code jenkins.model.Jenkins}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/model/Jenkins.java">upstream</a>.
 * Upstream extends {@code AbstractCIBase} and implements many interfaces; the stub keeps only
 * {@link AccessControlled} and {@link ItemGroup} (upstream through {@code DirectlyModifiableTopLevelItemGroup}), the ones
 * the plugin relies on. The constants are null here: stubs are never run.
 */
public class Jenkins implements AccessControlled, ItemGroup<TopLevelItem> {
    /** Upstream member ({@code Permission.HUDSON_ADMINISTER}). */
    public static final Permission ADMINISTER = null;
    /** Upstream member. */
    public static final Permission READ = null;

    private Jenkins() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream member: the configured Jenkins URL with a trailing slash, else the current request's, else null.
     */
    public @Nullable String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the item of that full name and type the current user may see, else null. */
    public @CheckForNull <T extends Item> T getItemByFullName(@NonNull String fullName, Class<T> type)
            throws AccessDeniedException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public void setSecurityRealm(@CheckForNull SecurityRealm securityRealm) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public void setAuthorizationStrategy(@CheckForNull AuthorizationStrategy a) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the current thread's authentication, {@code ANONYMOUS2} when it has none. */
    public static @NonNull Authentication getAuthentication2() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public File getRootDir() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException();
    }
}
