package jenkins.util.io;

/** Stub of {@code jenkins.util.io.OnMaster}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/jenkins/util/io/OnMaster.java">upstream</a> (marker interface). */
public interface OnMaster {
}
