package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The offline build compiles a copy of the class localizer-maven-plugin generates (src/offline/java); this keeps
 * the copy in step with Messages.properties, so the real build and the offline one see the same methods.
 */
class MessagesCopyTest {
    @Test
    void shouldHaveBothMethodsForEveryKey() throws IOException {
        Properties keys = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("Messages.properties")) {
            keys.load(in);
        }
        assertThat(keys).isNotEmpty();
        List<String> missing = new ArrayList<>();
        for (String key : keys.stringPropertyNames()) {
            String name = key.replace('.', '_');
            for (String method : List.of(name, "_" + name)) {
                if (!hasMethod(method)) {
                    missing.add(method + "()  // " + key);
                }
            }
        }
        assertThat(missing).as("add these to src/offline/java/io/jenkins/plugins/modelci/Messages.java").isEmpty();
    }

    private static boolean hasMethod(String name) {
        for (Method m : Messages.class.getMethods()) {
            if (m.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
