package io.jenkins.plugins.modelci;

import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.PermissionScope;
import jenkins.model.Jenkins;

/**
 * The plugin's permission: {@code ModelCI/Promote} moves aliases from the registry page (promote, roll back),
 * implied by {@code Overall/Administer}. Pipelines promote with the build's own identity through
 * {@code promoteModel}; this permission guards the buttons people press.
 */
public final class ModelCiPermissions {
    /** The permission group shown in the authorization matrix. */
    public static final PermissionGroup GROUP =
            new PermissionGroup(ModelCiPermissions.class, Messages._ModelCiPermissions_Group());

    /** Promote or roll back a model version from the registry page. */
    public static final Permission PROMOTE = new Permission(GROUP, "Promote",
            Messages._ModelCiPermissions_Promote_Description(), Jenkins.ADMINISTER, PermissionScope.JENKINS);

    private ModelCiPermissions() {
    }
}
