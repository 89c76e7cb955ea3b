package hudson.model;

/**
 * Stub of {@code hudson.model.ReconfigurableDescribable}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/ReconfigurableDescribable.java">upstream</a>.
 * Upstream also declares {@code reconfigure(StaplerRequest, JSONObject) throws FormException}, which the plugin
 * neither calls nor overrides ({@code NodeProperty} implements it); left out with the Stapler and json-lib types.
 */
public interface ReconfigurableDescribable<T extends ReconfigurableDescribable<T>> extends Describable<T> {
}
