package hudson.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import org.jvnet.localizer.Localizable;

/**
 * Stub of {@code hudson.security.Permission}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/Permission.java">upstream</a>.
 * All public constructors are here with upstream's deprecation; the plugin uses the non-deprecated one that takes a
 * {@link PermissionScope}.
 */
public final class Permission {
    /** Upstream constructor. */
    public Permission(@NonNull PermissionGroup group, @NonNull String name,
            @CheckForNull Localizable description, @CheckForNull Permission impliedBy, boolean enable,
            @NonNull PermissionScope[] scopes) throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor. */
    public Permission(@NonNull PermissionGroup group, @NonNull String name,
            @CheckForNull Localizable description, @CheckForNull Permission impliedBy, @NonNull PermissionScope scope) {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor, deprecated upstream since 1.421. */
    @Deprecated
    public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Localizable description,
            @CheckForNull Permission impliedBy, boolean enable) {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor, deprecated upstream since 1.421: use the one that takes a {@link PermissionScope}. */
    @Deprecated
    public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Localizable description,
            @CheckForNull Permission impliedBy) {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor, deprecated upstream since 1.257. */
    @Deprecated
    public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Permission impliedBy) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public @NonNull String getId() {
        throw new UnsupportedOperationException();
    }
}
