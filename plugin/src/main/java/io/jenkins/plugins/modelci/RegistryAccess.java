package io.jenkins.plugins.modelci;

import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.util.Secret;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.Registry;
import io.modelci.registry.RegistryUrls;
import java.io.File;
import java.util.Objects;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The controller's one connection pool to the model registry, opened lazily from {@link ModelCiConfiguration}
 * and reopened when the configuration or the credentials' user or password change. Registry calls are short
 * transactions, made from step executions' background threads and from web requests, never from the CPS VM thread.
 */
@Restricted(NoExternalUse.class)
public final class RegistryAccess {
    private static JdbcRegistry registry;
    private static String openedWith;

    private RegistryAccess() {
    }

    /** The registry as configured now. */
    public static synchronized Registry get() {
        ModelCiConfiguration config = ModelCiConfiguration.get();
        String resolved = RegistryUrls.resolve(config.getRegistryUrl(),
                new File(Jenkins.get().getRootDir(), "model-ci").toPath());
        StandardUsernamePasswordCredentials credentials = config.credentials();
        String user = credentials == null ? null : credentials.getUsername();
        String password = credentials == null ? null : Secret.toString(credentials.getPassword());
        // The key keeps only a hash of the password, so no plain secret stays in a field.
        String key = resolved + "\n" + user + "\n" + Objects.hashCode(password);
        if (registry == null || !key.equals(openedWith)) {
            if (registry != null) {
                registry.close();
            }
            registry = JdbcRegistry.open(resolved, user, password);
            openedWith = key;
        }
        return registry;
    }

    /** Where the registry is, with any password masked, for pages and logs. */
    public static synchronized String describe() {
        get();
        return registry.displayUrl();
    }
}
