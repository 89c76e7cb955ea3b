package hudson.model;

/**
 * Stub of {@code hudson.model.Job}: <a href="https://github.com/jenkinsci/jenkins/blob/master/core/src/main/java/hudson/model/Job.java">upstream</a>.
 * Upstream also implements {@code ExtensionPoint}, {@code StaplerOverridable}, {@code ModelObjectWithChildren}
 * and {@code HasWidgets}; unused here.
 */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem {
    /** Stub-only constructor, package-private so the plugin cannot call it (upstream's takes an {@code ItemGroup}). */
    Job() {
        throw new UnsupportedOperationException();
    }

    /** Upstream constructor (the ITests' stubbed {@code WorkflowJob} extends it). */
    protected Job(ItemGroup parent, String name) {
        throw new UnsupportedOperationException();
    }

    /** Upstream member: the build with that number, or null. */
    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException();
    }
}
