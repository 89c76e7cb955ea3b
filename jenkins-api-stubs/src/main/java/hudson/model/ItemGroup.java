package hudson.model;

/**
 * Stub of {@code hudson.model.ItemGroup}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/ItemGroup.java">upstream</a>, only as the context
 * of credentials look-ups. Upstream also extends {@code PersistenceRoot}; its members are left out.
 */
public interface ItemGroup<T extends Item> extends ModelObject {
}
