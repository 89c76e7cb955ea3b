package io.modelci.metrics;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The real metric files under src/test/resources/metrics. */
final class TestFiles {
    private TestFiles() {
    }

    static Path good(final String name) {
        return resource("metrics/good/" + name);
    }

    static Path bad(final String name) {
        return resource("metrics/bad/" + name);
    }

    private static Path resource(final String name) {
        URL url = TestFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
