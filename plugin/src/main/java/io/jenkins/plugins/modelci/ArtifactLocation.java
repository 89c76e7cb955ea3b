package io.jenkins.plugins.modelci;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Where a registered version's files are kept, as the URI the registry records for each: the build's archived copy
 * ({@code https://ci.example.com/job/churn/7/artifact/model/weights.bin}) when {@code trainModel} archived them and
 * the Jenkins URL is known, else the file in the agent's workspace, which the next build may overwrite.
 */
@Restricted(NoExternalUse.class)
final class ArtifactLocation {
    private final String prefix;
    private final boolean archived;

    private ArtifactLocation(String prefix, boolean archived) {
        this.prefix = prefix;
        this.archived = archived;
    }

    /**
     * The build's archived artifacts.
     *
     * @param rootUrl the Jenkins URL with its trailing slash ({@code Jenkins.getRootUrl()})
     * @param buildUrl the build's URL below it, {@code job/churn/7/} ({@code Run.getUrl()})
     */
    static ArtifactLocation archived(String rootUrl, String buildUrl) {
        return new ArtifactLocation(rootUrl + buildUrl + "artifact/", true);
    }

    /** The files where the training left them, on the agent. */
    static ArtifactLocation workspace(String agentPath) {
        return new ArtifactLocation(agentPath.endsWith("/") ? agentPath : agentPath + "/", false);
    }

    boolean isArchived() {
        return archived;
    }

    /** The URI of the file at this workspace-relative path (each path segment URL-encoded for the archive). */
    String uriOf(String relativePath) {
        if (!archived) {
            return prefix + relativePath;
        }
        return prefix + Arrays.stream(relativePath.split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
