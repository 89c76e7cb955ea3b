package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Jenkins' rules for plugin code, checked on the compiled classes and the source files. */
class PluginSourceRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // DO_NOT_INCLUDE_TESTS knows target/test-classes; the offline build writes to target-offline/, whose
            // test-classes hold the offline tests and the compiled *ITest classes.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("io.jenkins.plugins.modelci");

    @Test
    void shouldStartEveryJellyFileWithEscapeByDefault() throws IOException {
        List<Path> jelly;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            jelly = files.filter(p -> p.toString().endsWith(".jelly")).toList();
        }
        assertThat(jelly).hasSizeGreaterThanOrEqualTo(9);
        for (Path file : jelly) {
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as(file.toString()).startsWith("<?jelly escape-by-default='true'?>");
        }
    }

    @Test
    void shouldGiveEveryFormFieldAHelpFile() throws IOException {
        List<Path> configs;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            configs = files.filter(p -> p.getFileName().toString().equals("config.jelly")).toList();
        }
        assertThat(configs).hasSizeGreaterThanOrEqualTo(7);
        List<String> missing = new ArrayList<>();
        for (Path config : configs) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("field=\"(\\w+)\"")
                    .matcher(Files.readString(config, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!Files.isRegularFile(config.resolveSibling("help-" + m.group(1) + ".html"))) {
                    missing.add(config.getParent().getFileName() + "/help-" + m.group(1) + ".html");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldAnnotateEveryWebMethodWithItsHttpVerb() {
        List<String> unannotated = new ArrayList<>();
        int webMethods = 0;
        for (JavaClass c : CLASSES) {
            for (JavaMethod m : c.getMethods()) {
                if (m.getModifiers().contains(JavaModifier.PUBLIC) && m.getName().matches("do[A-Z].*")) {
                    webMethods++;
                    if (!m.isAnnotatedWith("org.kohsuke.stapler.verb.POST")
                            && !m.isAnnotatedWith("org.kohsuke.stapler.verb.GET")) {
                        unannotated.add(c.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(webMethods).isGreaterThanOrEqualTo(4);
        assertThat(unannotated).isEmpty();
    }

    @Test
    void shouldCheckAPermissionInEveryPostMethod() {
        for (JavaClass c : CLASSES) {
            for (JavaMethod m : c.getMethods()) {
                if (m.isAnnotatedWith("org.kohsuke.stapler.verb.POST")) {
                    assertThat(m.getMethodCallsFromSelf()).as(c.getSimpleName() + "." + m.getName())
                            .anyMatch(call -> call.getName().equals("checkPermission"));
                }
            }
        }
    }

    @Test
    void shouldKeepOnlySerializableStateInStepExecutionsAndCallables() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (JavaClass c : CLASSES) {
            boolean durable = c.isAssignableTo("org.jenkinsci.plugins.workflow.steps.StepExecution")
                    || c.isAssignableTo("jenkins.MasterToSlaveFileCallable")
                    || c.isAssignableTo("org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback")
                    || c.isAssignableTo("org.jenkinsci.plugins.workflow.steps.EnvironmentExpander");
            if (!durable || c.getName().startsWith("org.")) {
                continue;
            }
            checked++;
            if (c.getFields().stream().noneMatch(f -> f.getName().equals("serialVersionUID"))) {
                problems.add(c.getSimpleName() + " has no serialVersionUID");
            }
            for (JavaField f : c.getFields()) {
                if (f.getModifiers().contains(JavaModifier.STATIC) || f.getModifiers().contains(JavaModifier.TRANSIENT)) {
                    continue;
                }
                JavaClass type = f.getRawType();
                boolean ok = type.isPrimitive() || type.getName().equals(String.class.getName())
                        || (type.isAssignableTo(Serializable.class) && !type.isInterface());
                if (!ok) {
                    problems.add(c.getSimpleName() + "." + f.getName() + " : " + type.getName());
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldResumeEveryStepExecutionAfterARestart() {
        List<String> notResuming = new ArrayList<>();
        int executions = 0;
        for (JavaClass c : CLASSES) {
            if (!c.isAssignableTo("org.jenkinsci.plugins.workflow.steps.StepExecution")
                    || c.getModifiers().contains(JavaModifier.ABSTRACT)) {
                continue;
            }
            executions++;
            // upstream's non-blocking executions fail the step in onResume(); ours must re-attach or run again
            boolean upstreamNonBlocking = c.isAssignableTo(
                    "org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution")
                    || c.isAssignableTo("org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution");
            boolean resumes = c.isAssignableTo(RerunOnResumeExecution.class) || c.getMethods().stream()
                    .anyMatch(m -> m.getName().equals("onResume") && m.getRawParameterTypes().isEmpty());
            if (upstreamNonBlocking || !resumes) {
                notResuming.add(c.getSimpleName());
            }
        }
        assertThat(executions).isGreaterThanOrEqualTo(6);
        assertThat(notResuming).isEmpty();
    }

    @Test
    void shouldNeverCallTheDeprecatedJenkinsGetInstance() {
        for (JavaClass c : CLASSES) {
            assertThat(c.getMethodCallsFromSelf()).as(c.getSimpleName())
                    .noneMatch(call -> call.getTargetOwner().getName().equals("jenkins.model.Jenkins")
                            && call.getName().equals("getInstance"));
        }
    }
}
