package hudson.model;

/**
 * Stub of {@code hudson.model.TopLevelItem}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/TopLevelItem.java">upstream</a>, only as the
 * item type of {@code Jenkins}; upstream also extends {@code ExtensionPoint} and {@code Describable<TopLevelItem>}.
 */
public interface TopLevelItem extends Item {
}
