package hudson.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import org.jvnet.localizer.Localizable;

/** Stub of {@code hudson.security.Permission}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/security/Permission.java">upstream</a>. */
public final class Permission {
    /** Upstream constructor. */
    public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Localizable description,
            @CheckForNull Permission impliedBy) {
        throw new UnsupportedOperationException();
    }
}
