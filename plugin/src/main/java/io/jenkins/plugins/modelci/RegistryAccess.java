package io.jenkins.plugins.modelci;

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
 * and reopened when the configuration changes. Registry calls are short transactions, made from step
 * executions' background threads and from web requests, never from the CPS VM thread.
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
        String url = config.getRegistryUrl();
        String user = config.getRegistryUser();
        Secret password = config.getRegistryPassword();
        String resolved = RegistryUrls.resolve(url, new File(Jenkins.get().getRootDir(), "model-ci").toPath());
        String key = resolved + "\n" + user + "\n" + Objects.hashCode(Secret.toString(password));
        if (registry == null || !key.equals(openedWith)) {
            if (registry != null) {
                registry.close();
            }
            registry = JdbcRegistry.open(resolved, user, password == null ? null : Secret.toString(password));
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
