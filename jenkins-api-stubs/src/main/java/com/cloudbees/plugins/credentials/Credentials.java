package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/**
 * Stub of {@code com.cloudbees.plugins.credentials.Credentials}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/Credentials.java">upstream</a>
 * (jenkinsci/credentials-plugin). Only the type, as the bound of the lookup methods; its members
 * ({@code getScope}, {@code getDescriptor}, ...) are left out because the plugin calls none of them.
 */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
}
