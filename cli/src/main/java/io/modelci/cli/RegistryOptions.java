package io.modelci.cli;

import io.modelci.registry.Audit;
import io.modelci.registry.JdbcRegistry;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every registry command shares: where the registry is, and who acts from which build. */
public final class RegistryOptions {
    /** The registry folder used when neither {@code --registry} nor {@code MODELCI_REGISTRY} is given. */
    public static final Path DEFAULT_FOLDER = Path.of(".modelci", "registry");

    @Option(names = "--registry", paramLabel = "URL|DIR",
            description = "Registry: a JDBC URL (jdbc:h2:file:…, jdbc:postgresql://host/db) or a folder for an"
                    + " embedded one. Default: $MODELCI_REGISTRY, else .modelci/registry. User and password come"
                    + " from MODELCI_REGISTRY_USER and MODELCI_REGISTRY_PASSWORD.")
    String registry;

    @Option(names = "--who", paramLabel = "NAME",
            description = "Who makes the change, for the audit history (default: the operating-system user).")
    String who;

    @Option(names = "--build-url", paramLabel = "URL", description = "The CI build making the change, if any.")
    String buildUrl;

    JdbcRegistry open() {
        return JdbcRegistry.openFromEnvironment(registry, DEFAULT_FOLDER);
    }

    String who() {
        return who != null && !who.isBlank() ? who : System.getProperty("user.name", "unknown");
    }

    Audit audit(final String reason) {
        return new Audit(who(), reason, null, buildUrl);
    }
}
