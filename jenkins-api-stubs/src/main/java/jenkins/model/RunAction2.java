package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

/** Stub of {@code jenkins.model.RunAction2}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/model/RunAction2.java">upstream</a>. */
public interface RunAction2 extends Action {
    /** Upstream member. */
    void onAttached(Run<?, ?> r);

    /** Upstream member. */
    void onLoad(Run<?, ?> r);
}
