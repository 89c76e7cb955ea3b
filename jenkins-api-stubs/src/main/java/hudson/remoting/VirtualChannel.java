package hudson.remoting;

/**
 * Stub of {@code hudson.remoting.VirtualChannel}: <a href="https://github.com/jenkinsci/remoting/blob/master/src/main/java/hudson/remoting/VirtualChannel.java">upstream</a>.
 * The plugin only receives it as a parameter of {@code FileCallable.invoke}; no member is used.
 */
public interface VirtualChannel {
}
