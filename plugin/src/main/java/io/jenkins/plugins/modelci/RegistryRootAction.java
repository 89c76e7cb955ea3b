package io.jenkins.plugins.modelci;

import hudson.AbortException;
import hudson.Extension;
import hudson.model.RootAction;
import hudson.model.User;
import io.modelci.registry.AliasEvent;
import io.modelci.registry.ModelSummary;
import io.modelci.registry.ModelVersion;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.POST;

/**
 * The "Model registry" page at {@code /model-registry/}: models, versions, aliases and the alias history, with
 * promote and roll back buttons. The buttons are POST-only (Stapler refuses a GET, and the form carries Jenkins'
 * crumb), and each checks {@link ModelCiPermissions#PROMOTE}; reading needs {@link Jenkins#READ}.
 */
@Extension
public class RegistryRootAction implements RootAction {
    static {
        // Loading this extension at startup registers the permission before the security matrix is shown.
        ModelCiPermissions.PROMOTE.getClass();
    }

    @Override
    public String getIconFileName() {
        return Jenkins.get().hasPermission(Jenkins.READ) ? "/plugin/model-ci/icons/model.svg" : null;
    }

    @Override
    public String getDisplayName() {
        return Messages.RegistryRootAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "model-registry";
    }

    /** Where the registry is, password masked. */
    public String getLocation() {
        Jenkins.get().checkPermission(Jenkins.READ);
        return RegistryAccess.describe();
    }

    /** All models. */
    public List<ModelSummary> getModels() {
        Jenkins.get().checkPermission(Jenkins.READ);
        return RegistryAccess.get().listModels();
    }

    /** The versions of a model, oldest first. */
    public List<ModelVersion> versionsOf(String model) {
        Jenkins.get().checkPermission(Jenkins.READ);
        return RegistryAccess.get().listVersions(model);
    }

    /** The aliases of a model. */
    public Map<String, Integer> aliasesOf(String model) {
        Jenkins.get().checkPermission(Jenkins.READ);
        return RegistryAccess.get().aliases(model);
    }

    /** The alias history of a model, oldest first. */
    public List<AliasEvent> historyOf(String model) {
        Jenkins.get().checkPermission(Jenkins.READ);
        return RegistryAccess.get().history(model);
    }

    /** Whether the current user may press the buttons (the page hides them otherwise). */
    public boolean isPromoteAllowed() {
        return Jenkins.get().hasPermission(ModelCiPermissions.PROMOTE);
    }

    /**
     * {@code POST promote}: form fields {@code model}, {@code version}, {@code alias}, {@code expected} (the version
     * the page showed, or empty for none: compare-and-set, so two people pressing at once cannot both win) and
     * {@code reason}.
     */
    @POST
    public void doPromote(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(ModelCiPermissions.PROMOTE);
        try {
            String model = StepArguments.modelName("promote", req.getParameter("model"));
            int version = Integer.parseInt(StepArguments.required("promote", "version", req.getParameter("version")));
            String alias = StepArguments.required("promote", "alias", req.getParameter("alias"));
            String expected = req.getParameter("expected");
            EngineBridge.promote(model, alias, version,
                    expected == null || expected.isBlank() ? null : Integer.valueOf(expected.trim()), currentUser(),
                    StepArguments.required("promote", "reason", req.getParameter("reason")), null, null);
            rsp.sendRedirect(".");
        } catch (AbortException | IllegalArgumentException e) {
            rsp.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
        }
    }

    /** {@code POST rollback}: form fields {@code model}, {@code alias}, {@code expected} and {@code reason}. */
    @POST
    public void doRollback(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(ModelCiPermissions.PROMOTE);
        try {
            String model = StepArguments.modelName("rollback", req.getParameter("model"));
            String alias = StepArguments.required("rollback", "alias", req.getParameter("alias"));
            int expected = Integer.parseInt(StepArguments.required("rollback", "expected",
                    req.getParameter("expected")));
            EngineBridge.rollback(model, alias, expected, currentUser(),
                    StepArguments.required("rollback", "reason", req.getParameter("reason")));
            rsp.sendRedirect(".");
        } catch (AbortException | IllegalArgumentException e) {
            rsp.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
        }
    }

    private static String currentUser() {
        User user = User.current();
        return user == null ? "anonymous" : user.getId();
    }
}
