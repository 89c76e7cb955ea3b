package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

/**
 * Stub of {@code com.cloudbees.plugins.credentials.domains.DomainRequirement}: <a href="https://github.com/jenkinsci/credentials-plugin/blob/master/src/main/java/com/cloudbees/plugins/credentials/domains/DomainRequirement.java">upstream</a>,
 * only as the element type of the (empty) requirement lists the plugin passes.
 */
public class DomainRequirement implements ExtensionPoint, Serializable {
    private static final long serialVersionUID = 1L;
}
