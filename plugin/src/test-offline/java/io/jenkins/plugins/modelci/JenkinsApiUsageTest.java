package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plugin calls no Jenkins API that upstream deprecates. The compile-only stubs carry upstream's
 * {@code @Deprecated} (checked against the upstream sources), so a deprecated call shows up here, on the compiled
 * classes, before the real build against Jenkins does.
 */
class JenkinsApiUsageTest {
    private static final Set<String> JENKINS_PACKAGES = Set.of("hudson", "jenkins", "org.jenkinsci", "org.kohsuke");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // DO_NOT_INCLUDE_TESTS knows target/test-classes; the offline build writes to target-offline/, whose
            // test-classes hold the offline tests and the compiled *ITest classes.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("io.jenkins.plugins.modelci");

    @Test
    void shouldCallNoDeprecatedJenkinsApi() {
        List<String> deprecated = new ArrayList<>();
        int jenkinsCalls = 0;
        for (JavaClass c : CLASSES) {
            for (JavaAccess<?> access : c.getAccessesFromSelf()) {
                JavaClass owner = access.getTargetOwner();
                if (!isJenkins(owner.getPackageName())) {
                    continue;
                }
                jenkinsCalls++;
                boolean member = access.getTarget().resolveMember()
                        .map(m -> m.isAnnotatedWith(Deprecated.class)).orElse(false);
                if (member || owner.isAnnotatedWith(Deprecated.class)) {
                    deprecated.add(c.getSimpleName() + " -> " + owner.getName() + "." + access.getName());
                }
            }
        }
        assertThat(jenkinsCalls).isGreaterThan(50);
        assertThat(deprecated).isEmpty();
    }

    @Test
    void shouldArchiveOnlyThroughTheArtifactManagerTheBuildPicks() {
        // As core's ArtifactArchiver: pickArtifactManager() (not getArtifactManager(), which is for reading) so an
        // artifact manager plugin (S3 and the like) gets the files, with the listener wrapped by the public adapter.
        List<String> archiving = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            for (JavaAccess<?> access : c.getAccessesFromSelf()) {
                String target = access.getTargetOwner().getName() + "." + access.getName();
                if (target.contains("ArtifactManager")
                        || target.startsWith("jenkins.util.BuildListenerAdapter.")) {
                    archiving.add(c.getSimpleName() + " -> " + target);
                }
            }
        }
        assertThat(archiving).containsExactlyInAnyOrder(
                "TrainingRecorder -> hudson.model.Run.pickArtifactManager",
                "TrainingRecorder -> jenkins.model.ArtifactManager.archive",
                "TrainingRecorder -> jenkins.util.BuildListenerAdapter.wrap");
    }

    private static boolean isJenkins(String packageName) {
        return JENKINS_PACKAGES.stream().anyMatch(p -> packageName.equals(p) || packageName.startsWith(p + "."));
    }
}
