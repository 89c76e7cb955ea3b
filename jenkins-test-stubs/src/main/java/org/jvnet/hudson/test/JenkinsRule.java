package org.jvnet.hudson.test;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.model.Job;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.Result;
import hudson.model.RootAction;
import hudson.model.Slave;
import hudson.model.Run;
import hudson.model.TopLevelItem;
import hudson.security.AbstractPasswordBasedSecurityRealm;
import hudson.slaves.DumbSlave;
import java.io.IOException;
import java.net.URL;
import java.util.concurrent.Future;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.xml.sax.SAXException;

/**
 * Stub of {@code org.jvnet.hudson.test.JenkinsRule} from jenkins-test-harness: jenkinsci/jenkins-test-harness
 * <a href="https://github.com/jenkinsci/jenkins-test-harness/blob/master/src/main/java/org/jvnet/hudson/test/JenkinsRule.java">src/main/java/org/jvnet/hudson/test/JenkinsRule.java</a>
 * @ 88ae5abc2fb3c32ca67bcab68f2167b91eb1fa83 (members and the inner {@code WebClient} read there; the {@code jenkins}
 * field, {@code createProject}, {@code buildAndAssert*}, {@code assert*}, {@code waitFor*} and {@code WebClient}
 * members also at 0042f3433cbd94a511a4ccde21c3947dae8860e7, unchanged). Upstream also implements JUnit 4's
 * {@code TestRule} and {@code MethodRule}; left out (no JUnit 4 here). Only the members the ITests call are copied,
 * with every overload of a name they call where another overload could compete.
 */
@SuppressWarnings("rawtypes") // as upstream: raw Run in the assert* signatures
public class JenkinsRule implements RootAction {
    /** Upstream member: the Jenkins under test. */
    public Jenkins jenkins;

    /** Upstream constructor (implicit). */
    public JenkinsRule() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public <T extends TopLevelItem> T createProject(Class<T> type, String name) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: a test realm where the password is the user name. */
    public DummySecurityRealm createDummySecurityRealm() {
        throw new UnsupportedOperationException();
    }

    /** Upstream nested class (its constructor is package-private upstream too). */
    public static class DummySecurityRealm extends AbstractPasswordBasedSecurityRealm {
        DummySecurityRealm() {
            throw new UnsupportedOperationException();
        }
    }

    /** Upstream member: the URL of the Jenkins top page, ending with {@code /}. */
    public URL getURL() throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: an agent on this machine, online when this returns. */
    @NonNull
    public DumbSlave createOnlineSlave(@CheckForNull Label l) throws Exception {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream member: an agent on this machine with {@code env} added to its process's environment (given to
     * {@code createComputerLauncher(env)}, so {@code Computer.getEnvironment()} holds it), online when this returns.
     */
    @NonNull
    public DumbSlave createOnlineSlave(@CheckForNull Label l, @CheckForNull EnvVars env) throws Exception {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream member: disconnects the agent (an {@code OfflineCause.ChannelTermination}) and waits up to 10 s for its
     * channel to close.
     */
    public void disconnectSlave(DumbSlave slave) throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: launches the agent again (or waits for it) until it is online. */
    public void waitOnline(Slave s) throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: submits the node's configuration page unchanged and returns the node Jenkins then holds. */
    public <N extends Node> N configRoundtrip(N node) throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public <R extends Run> R assertBuildStatus(Result status, R r) throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public <R extends Run> R assertBuildStatus(Result status, Future<? extends R> r) throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public <R extends Run> R assertBuildStatusSuccess(R r) throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public <R extends Run> R assertBuildStatusSuccess(Future<? extends R> r) throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: schedules a build and waits for it, asserting SUCCESS. */
    @NonNull
    public <J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>, R extends Run<J, R> & Queue.Executable>
            R buildAndAssertSuccess(@NonNull J job) throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: schedules a build and waits for it, asserting the result. */
    @NonNull
    public <J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>, R extends Run<J, R> & Queue.Executable>
            R buildAndAssertStatus(@NonNull Result status, @NonNull J job) throws Exception {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public void assertLogContains(String substring, Run run) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public void assertLogNotContains(String substring, Run run) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: waits for the build to finish (since 1.607). */
    public <R extends Run<?, ?>> R waitForCompletion(R r) throws InterruptedException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: waits for the build log to contain the message (since 1.607). */
    public <R extends Run<?, ?>> R waitForMessage(String message, R r) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    /** Upstream member. */
    public WebClient createWebClient() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member (of {@code Action}). */
    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member (of {@code Action}). */
    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    /** Upstream member (of {@code Action}). */
    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException();
    }

    /**
     * Upstream inner (non-static) class {@code JenkinsRule.WebClient extends org.htmlunit.WebClient}: HtmlUnit's own
     * members (such as {@code getPage(WebRequest)}) come from the real HtmlUnit. Of upstream's own
     * {@code getPage(Run)}, {@code getPage(Item)}, {@code getPage(Node)}, {@code getPage(View)} and
     * {@code getPage(String)} overloads none can take a {@code WebRequest}, so they are left out.
     */
    public class WebClient extends org.htmlunit.WebClient {
        private static final long serialVersionUID = 1L;

        /** Upstream constructor. */
        public WebClient() {
            throw new UnsupportedOperationException();
        }

        /** Upstream member (since 2.42). */
        public WebClient withThrowExceptionOnFailingStatusCode(boolean enabled) {
            throw new UnsupportedOperationException();
        }

        /** Upstream member: logs in with the user name as password (see {@link DummySecurityRealm}). */
        public WebClient login(String username) throws Exception {
            throw new UnsupportedOperationException();
        }

        /** Upstream member. */
        public WebClient login(String username, String password) throws Exception {
            throw new UnsupportedOperationException();
        }

        /** Upstream member: an HTML page, relative to the Jenkins root, without a leading {@code /}. */
        public HtmlPage goTo(String relative) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        /** Upstream member: a page of the expected content type (null: no check). */
        public Page goTo(String relative, @CheckForNull String expectedContentType) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        /** Upstream member: adds the crumb to the request's parameters and returns the request. */
        public WebRequest addCrumb(WebRequest req) {
            throw new UnsupportedOperationException();
        }
    }
}
