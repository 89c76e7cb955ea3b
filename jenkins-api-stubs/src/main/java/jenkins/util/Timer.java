package jenkins.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.concurrent.ScheduledExecutorService;

/** Stub of {@code jenkins.util.Timer}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/util/Timer.java">upstream</a>. */
public class Timer {
    private Timer() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public static synchronized @NonNull ScheduledExecutorService get() {
        throw new UnsupportedOperationException();
    }
}
