package hudson.model;

/**
 * Stub of {@code hudson.model.Item}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Item.java">upstream</a>, only as the bound of
 * {@link ItemGroup}; its supertypes and members are left out (the plugin uses none of them).
 */
public interface Item {
}
