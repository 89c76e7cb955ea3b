package hudson.slaves;

import hudson.ExtensionPoint;
import hudson.model.Computer;
import hudson.model.TaskListener;
import java.io.IOException;

/**
 * Stub of {@code hudson.slaves.ComputerListener}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/slaves/ComputerListener.java">core/src/main/java/hudson/slaves/ComputerListener.java</a>
 * ({@code public abstract class ComputerListener implements ExtensionPoint}, since 1.246, with the implicit public
 * constructor). Only {@code onOnline(Computer, TaskListener)} is copied; the other callbacks ({@code preLaunch},
 * {@code preOnline}, {@code onOffline}, ...), the deprecated {@code onOnline(Computer)} it calls by default,
 * {@code register}/{@code unregister} and {@code all()} are left out (unused).
 */
public abstract class ComputerListener implements ExtensionPoint {
    /**
     * Upstream member: called right after a computer comes online, the built-in node's included, from the thread
     * that launched it, with the connection (launch) log as listener. An exception is recorded to the listener and
     * does not put the computer offline (an {@code Error} does).
     */
    public void onOnline(Computer c, TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }
}
