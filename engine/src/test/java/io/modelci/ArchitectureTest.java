package io.modelci;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The engine is Jenkins-free: that is what lets it be tested here and run from the command line. */
class ArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.modelci");

    @Test
    void shouldImportTheEngineClasses() {
        assertThat(ENGINE).isNotEmpty();
        assertThat(ENGINE.contain(InputException.class)).isTrue();
    }

    @Test
    void shouldNotDependOnJenkins() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..");
        rule.check(ENGINE);
    }

    @Test
    void shouldNotDependOnTheCommandLine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.modelci.cli..", "picocli..")
                .check(ENGINE);
    }
}
