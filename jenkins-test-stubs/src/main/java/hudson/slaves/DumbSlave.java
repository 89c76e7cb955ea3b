package hudson.slaves;

import hudson.model.Slave;

/**
 * Stub of {@code hudson.slaves.DumbSlave}: jenkinsci/jenkins
 * <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/slaves/DumbSlave.java">core/src/main/java/hudson/slaves/DumbSlave.java</a>
 * ({@code public final class DumbSlave extends Slave}), the agent {@code JenkinsRule.createOnlineSlave} returns.
 * The ITests only use members inherited from {@code Node} and {@code Slave}.
 */
public final class DumbSlave extends Slave {
    private static final long serialVersionUID = 1L;

    /** Stub-only constructor (upstream's {@code @DataBoundConstructor} takes name, remote root and launcher). */
    private DumbSlave() {
        throw new UnsupportedOperationException();
    }
}
