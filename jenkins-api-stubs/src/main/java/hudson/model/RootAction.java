package hudson.model;

import hudson.ExtensionPoint;

/** Stub of {@code hudson.model.RootAction}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/RootAction.java">upstream</a>. */
public interface RootAction extends Action, ExtensionPoint {
}
