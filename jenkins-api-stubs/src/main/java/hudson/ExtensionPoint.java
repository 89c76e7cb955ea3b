package hudson;

/** Stub of {@code hudson.ExtensionPoint}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/ExtensionPoint.java">upstream</a> (marker interface). */
public interface ExtensionPoint {
}
