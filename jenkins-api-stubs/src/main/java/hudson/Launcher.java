package hudson;

import hudson.model.TaskListener;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Stub of {@code hudson.Launcher}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/Launcher.java">upstream</a>. */
public abstract class Launcher {
    /** Upstream constructor. */
    protected Launcher(Launcher launcher) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public final ProcStarter launch() {
        throw new UnsupportedOperationException();
    }

    /** Stub of the inner class {@code hudson.Launcher.ProcStarter}. */
    public final class ProcStarter {
        /** Upstream constructor (implicit in upstream). */
        public ProcStarter() {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public ProcStarter cmds(List<String> args) {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public ProcStarter envs(Map<String, String> overrides) {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public ProcStarter pwd(FilePath workDir) {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public ProcStarter stdout(TaskListener out) {
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
