package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JenkinsRule tests (src/test/java, *ITest) are compiled by this offline build against jenkins-test-stubs, so a
 * wrong test-harness, Pipeline or core call in them fails here; they never run here, and the test stubs reach no other
 * classpath.
 */
class ITestCompileTest {
    private static final Path ITESTS = Path.of("src", "test", "java");
    private static final Path TEST_STUBS = Path.of("..", "jenkins-test-stubs", "src", "main", "java");

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String className(Path root, Path file) {
        String relative = root.relativize(file).toString();
        return relative.substring(0, relative.length() - ".java".length())
                .replace(file.getFileSystem().getSeparator(), ".");
    }

    @Test
    void shouldHaveCompiledEveryITestAgainstTheTestStubs() throws Exception {
        List<Path> sources = javaFiles(ITESTS);
        assertThat(sources).filteredOn(f -> f.getFileName().toString().endsWith("ITest.java"))
                .hasSizeGreaterThanOrEqualTo(6);

        for (Path source : sources) {
            // Loaded, not initialised: present on the test classpath means compiled by this build.
            Class<?> compiled = Class.forName(className(ITESTS, source), false, getClass().getClassLoader());
            assertThat(compiled.getProtectionDomain().getCodeSource().getLocation().getPath())
                    .as("%s comes from this build's test classes", source).contains("test-classes");
            if (compiled.getSimpleName().endsWith("ITest")) {
                // The tag, not the name, keeps an ITest out when someone runs this module with -Dtest=...
                assertThat(compiled.getAnnotation(org.junit.jupiter.api.Tag.class)).as("%s's @Tag", source)
                        .isNotNull().extracting(org.junit.jupiter.api.Tag::value).isEqualTo("jenkins");
            }
        }
    }

    @Test
    void shouldNameTheUpstreamSourceOfEveryTestStubAndNeverReturnAnything() throws IOException {
        List<Path> stubs = javaFiles(TEST_STUBS);
        assertThat(stubs).hasSizeGreaterThanOrEqualTo(20);

        for (Path stub : stubs) {
            String text = Files.readString(stub, StandardCharsets.UTF_8);
            assertThat(text).as(stub.toString())
                    .contains("Stub of {@code " + className(TEST_STUBS, stub) + "}")
                    .contains("<a href=\"https://github.com/jenkinsci/")
                    // bodies only throw: a stub that computed something would be a fake, not a signature
                    .doesNotContain("return ");
        }
    }

    @Test
    void shouldKeepTheTestStubsOnTheOfflineTestClasspathAndTheITestsOutOfSurefire() throws IOException {
        String offline = Files.readString(Path.of("pom-offline.xml"), StandardCharsets.UTF_8);
        String stubDependency = offline.substring(offline.indexOf("<artifactId>jenkins-test-stubs</artifactId>"));
        assertThat(stubDependency.substring(0, stubDependency.indexOf("</dependency>")))
                .contains("<scope>test</scope>");
        assertThat(offline).contains("<compileSourceRoot>${project.basedir}/src/test/java</compileSourceRoot>")
                .contains("<exclude>**/*ITest.java</exclude>").contains("<excludedGroups>jenkins</excludedGroups>");

        assertThat(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8)).doesNotContain("jenkins-test-stubs");
        assertThat(Files.readString(Path.of("..", "jenkins-api-stubs", "pom.xml"), StandardCharsets.UTF_8))
                .doesNotContain("jenkins-test-stubs");
    }
}
