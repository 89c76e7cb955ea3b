package io.modelci.registry;

import java.nio.file.Path;

/** The registry contract on a real PostgreSQL server started by the tests. */
class PostgresRegistryTest extends RegistryContractTest {
    @Override
    String newUrl(final Path folder) {
        return TestPostgres.freshSchemaUrl();
    }

    @Override
    String user() {
        return TestPostgres.user();
    }
}
