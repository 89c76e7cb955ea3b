package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Stub of {@code StaplerRequest2}: <a href="https://github.com/jenkinsci/stapler/blob/master/core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java">upstream</a>.
 * The plugin uses only members inherited from {@link HttpServletRequest}.
 */
public interface StaplerRequest2 extends HttpServletRequest {
}
