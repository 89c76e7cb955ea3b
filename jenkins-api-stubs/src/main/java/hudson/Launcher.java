package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Stub of {@code hudson.Launcher}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/Launcher.java">upstream</a>. */
public abstract class Launcher {
    /** Upstream constructor. */
    protected Launcher(@NonNull TaskListener listener, @CheckForNull VirtualChannel channel) {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor (for a decorator). */
    protected Launcher(@NonNull Launcher launcher) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public final ProcStarter launch() {
        throw new UnsupportedOperationException();
    }

    /** Stub of the inner class {@code hudson.Launcher.ProcStarter} (implicit constructor, as upstream). */
    public final class ProcStarter {
        /** Upstream member. */
        public ProcStarter cmds(List<String> args) {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public ProcStarter envs(@NonNull Map<String, String> overrides) {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public ProcStarter pwd(@CheckForNull FilePath workDir) {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public ProcStarter stdout(@NonNull TaskListener out) {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public ProcStarter quiet(boolean quiet) {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public int join() throws IOException, InterruptedException {
            throw new UnsupportedOperationException();
        }
    }
}
