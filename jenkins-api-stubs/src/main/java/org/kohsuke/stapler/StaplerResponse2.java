package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Stub of {@code StaplerResponse2}: <a href="https://github.com/jenkinsci/stapler/blob/master/core/src/main/java/org/kohsuke/stapler/StaplerResponse2.java">upstream</a>.
 * The plugin uses only members inherited from {@link HttpServletResponse}.
 */
public interface StaplerResponse2 extends HttpServletResponse {
}
