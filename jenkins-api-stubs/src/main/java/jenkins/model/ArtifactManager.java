package jenkins.model;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Map;
import jenkins.util.VirtualFile;

/**
 * Stub of {@code jenkins.model.ArtifactManager} (since 1.532): jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/model/ArtifactManager.java">core/src/main/java/jenkins/model/ArtifactManager.java</a>
 * @ 51b8b641c50e5dcef4a3ce90a0742e75ecee8625 ({@code public abstract class}, implicit public constructor). Only
 * {@code archive} (the plugin) and {@code root()} (its ITests) are declared; the abstract {@code onLoad(Run)} and
 * {@code delete()} are left out, since the plugin never implements a manager.
 */
public abstract class ArtifactManager {
    /**
     * Upstream member.
     *
     * @param artifacts map from paths in the archive area to paths relative to {@code workspace} (all paths
     *     {@code /}-separated)
     */
    public abstract void archive(FilePath workspace, Launcher launcher, BuildListener listener,
            Map<String, String> artifacts) throws IOException, InterruptedException;

    /** Upstream member: the root of the archived files, to read them as a download would. */
    public abstract VirtualFile root();
}
