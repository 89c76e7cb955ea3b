package org.jenkinsci.remoting;

import java.io.Serializable;

/**
 * Stub of {@code org.jenkinsci.remoting.SerializableOnlyOverRemoting}:
 * <a href="https://github.com/jenkinsci/remoting/blob/master/src/main/java/org/jenkinsci/remoting/SerializableOnlyOverRemoting.java">upstream</a> (its default method is unused here).
 */
public interface SerializableOnlyOverRemoting extends Serializable {
}
