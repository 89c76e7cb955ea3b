package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.PrintStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** Stub of {@code hudson.model.TaskListener}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/TaskListener.java">upstream</a>. */
public interface TaskListener extends SerializableOnlyOverRemoting {
    /** Upstream member. */
    @NonNull
    PrintStream getLogger();
}
