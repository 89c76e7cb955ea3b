package hudson;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** Stub of {@code hudson.FilePath}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/FilePath.java">upstream</a>. */
public final class FilePath implements SerializableOnlyOverRemoting {
    private static final long serialVersionUID = 1L;

    /** Upstream member. */
    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public String getRemote() {
        throw new UnsupportedOperationException();
    }

    /** Stub of the nested {@code hudson.FilePath.FileCallable}. */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        /** Upstream member. */
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
