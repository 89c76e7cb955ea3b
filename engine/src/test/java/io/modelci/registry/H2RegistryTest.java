package io.modelci.registry;

import java.nio.file.Path;

/** The registry contract on embedded H2 in file mode. */
class H2RegistryTest extends RegistryContractTest {
    @Override
    String newUrl(final Path folder) {
        return RegistryUrls.forFolder(folder.resolve("registry"));
    }

    @Override
    String user() {
        return null;
    }
}
