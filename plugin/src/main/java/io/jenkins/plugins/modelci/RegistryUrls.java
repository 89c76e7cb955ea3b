package io.jenkins.plugins.modelci;

import java.io.File;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Chooses the registry's JDBC URL; free of Jenkins types so it is tested offline. */
@Restricted(NoExternalUse.class)
public final class RegistryUrls {
    private RegistryUrls() {
    }

    /**
     * The configured URL when there is one, else an embedded H2 database in {@code defaultDir}.
     *
     * @param configured the URL from the global configuration, may be {@code null} or blank
     * @param defaultDir the folder of the embedded database ({@code JENKINS_HOME/model-ci})
     * @return a JDBC URL
     */
    public static String effective(String configured, File defaultDir) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        return "jdbc:h2:file:" + new File(defaultDir, "registry").getAbsolutePath();
    }
}
