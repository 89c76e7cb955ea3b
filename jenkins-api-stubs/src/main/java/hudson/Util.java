package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Stub of {@code hudson.Util}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/Util.java">upstream</a> (implicit constructor, as upstream). */
public class Util {
    /** Upstream member. */
    @CheckForNull
    public static String fixEmptyAndTrim(@CheckForNull String s) {
        throw new UnsupportedOperationException();
    }
}
