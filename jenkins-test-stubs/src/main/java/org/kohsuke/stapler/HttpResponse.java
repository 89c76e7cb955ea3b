package org.kohsuke.stapler;

/**
 * Stub of {@code org.kohsuke.stapler.HttpResponse}: jenkinsci/stapler
 * <a href="https://github.com/jenkinsci/stapler/blob/master/core/src/main/java/org/kohsuke/stapler/HttpResponse.java">core/src/main/java/org/kohsuke/stapler/HttpResponse.java</a>,
 * the type {@code WorkflowRun.doStop()} returns. Its {@code generateResponse} is left out.
 */
public interface HttpResponse {
}
