package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Inside Jenkins the engine's Jackson comes from the {@code jackson2-api} plugin, not from the {@code .hpi}: this
 * keeps {@code plugin/pom.xml} and the engine in step with what that plugin ships (read from its {@code pom.xml},
 * see docs/jenkins.md, "Jackson inside Jenkins"). A Jackson module the engine starts using that {@code jackson2-api}
 * does not ship has to be bundled instead, and this test says so.
 */
class JacksonFromJenkinsTest {
    /** The Jackson modules jackson2-api 2.17.0 bundles (its pom.xml), by groupId:artifactId. */
    static final Set<String> JACKSON2_API_SHIPS = Set.of(
            "com.fasterxml.jackson.core:jackson-core",
            "com.fasterxml.jackson.core:jackson-databind",
            "com.fasterxml.jackson.core:jackson-annotations",
            "com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
            "com.fasterxml.jackson.datatype:jackson-datatype-jdk8",
            "com.fasterxml.jackson.datatype:jackson-datatype-json-org",
            "com.fasterxml.jackson.module:jackson-module-parameter-names",
            "com.fasterxml.jackson.module:jackson-module-jaxb-annotations",
            "com.fasterxml.jackson.dataformat:jackson-dataformat-cbor",
            "com.fasterxml.jackson.dataformat:jackson-dataformat-xml",
            "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml",
            "com.fasterxml.jackson.dataformat:jackson-dataformat-toml");

    /** Java packages of the modules above that the engine may import, to the module that holds them. */
    private static final Map<String, String> MODULE_OF_PACKAGE = Map.of(
            "com.fasterxml.jackson.core", "com.fasterxml.jackson.core:jackson-core",
            "com.fasterxml.jackson.databind", "com.fasterxml.jackson.core:jackson-databind",
            "com.fasterxml.jackson.annotation", "com.fasterxml.jackson.core:jackson-annotations",
            "com.fasterxml.jackson.dataformat.yaml", "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml",
            "com.fasterxml.jackson.dataformat.toml", "com.fasterxml.jackson.dataformat:jackson-dataformat-toml",
            "com.fasterxml.jackson.dataformat.cbor", "com.fasterxml.jackson.dataformat:jackson-dataformat-cbor",
            "com.fasterxml.jackson.dataformat.xml", "com.fasterxml.jackson.dataformat:jackson-dataformat-xml",
            "com.fasterxml.jackson.datatype.jsr310", "com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
            "com.fasterxml.jackson.datatype.jdk8", "com.fasterxml.jackson.datatype:jackson-datatype-jdk8");

    private static final Pattern JACKSON_IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?(com\\.fasterxml\\.jackson(?:\\.[a-z0-9_]+)+)\\.[A-Z]", Pattern.MULTILINE);

    private static Document pom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String child(Element element, String name) {
        NodeList list = element.getElementsByTagName(name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().trim();
    }

    /** The project's own dependencies (not those under dependencyManagement), as groupId:artifactId. */
    private static List<Element> dependencies(Document pom) {
        List<Element> out = new ArrayList<>();
        NodeList list = pom.getElementsByTagName("dependency");
        for (int i = 0; i < list.getLength(); i++) {
            Element dependency = (Element) list.item(i);
            Node parent = dependency.getParentNode().getParentNode();
            if (parent.getNodeName().equals("project")) {
                out.add(dependency);
            }
        }
        return out;
    }

    private static String key(Element dependency) {
        return child(dependency, "groupId") + ":" + child(dependency, "artifactId");
    }

    private static Element dependency(Document pom, String key) {
        return dependencies(pom).stream().filter(d -> key(d).equals(key)).findFirst().orElse(null);
    }

    @Test
    void shouldUseOnlyJacksonModulesThatJackson2ApiShips() throws Exception {
        Set<String> engineJackson = new TreeSet<>();
        for (Element dependency : dependencies(pom(Path.of("..", "engine", "pom.xml")))) {
            if (key(dependency).startsWith("com.fasterxml.jackson")) {
                engineJackson.add(key(dependency));
            }
        }

        assertThat(engineJackson).contains("com.fasterxml.jackson.dataformat:jackson-dataformat-yaml",
                "com.fasterxml.jackson.dataformat:jackson-dataformat-toml");
        assertThat(JACKSON2_API_SHIPS).containsAll(engineJackson);
    }

    @Test
    void shouldImportJacksonOnlyFromModulesThatJackson2ApiShips() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path root : List.of(Path.of("..", "engine", "src", "main", "java"), Path.of("src", "main", "java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = JACKSON_IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        packages.add(m.group(1));
                    }
                }
            }
        }

        assertThat(packages).contains("com.fasterxml.jackson.dataformat.yaml", "com.fasterxml.jackson.dataformat.toml");
        for (String pkg : packages) {
            String module = MODULE_OF_PACKAGE.entrySet().stream()
                    .filter(e -> pkg.equals(e.getKey()) || pkg.startsWith(e.getKey() + "."))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            assertThat(module).as("the Jackson module of package %s", pkg).isNotNull();
            assertThat(JACKSON2_API_SHIPS).as("package %s", pkg).contains(module);
        }
    }

    @Test
    void shouldTakeJacksonAndSnakeYamlFromJenkinsPluginsInsteadOfBundlingThem() throws Exception {
        Document plugin = pom(Path.of("pom.xml"));
        Element engine = dependency(plugin, "io.modelci:modelci-engine");
        Set<String> excluded = new TreeSet<>();
        NodeList exclusions = engine.getElementsByTagName("exclusion");
        for (int i = 0; i < exclusions.getLength(); i++) {
            excluded.add(key((Element) exclusions.item(i)));
        }

        assertThat(excluded).contains("com.fasterxml.jackson.core:*", "com.fasterxml.jackson.dataformat:*",
                "com.fasterxml.jackson.datatype:*", "org.yaml:snakeyaml");
        assertThat(dependency(plugin, "org.jenkins-ci.plugins:jackson2-api")).isNotNull();
        assertThat(dependency(plugin, "io.jenkins.plugins:snakeyaml-api")).isNotNull();
        assertThat(dependencies(plugin)).extracting(JacksonFromJenkinsTest::key)
                .noneMatch(k -> k.startsWith("com.fasterxml.jackson") || k.equals("org.yaml:snakeyaml"));
    }
}
