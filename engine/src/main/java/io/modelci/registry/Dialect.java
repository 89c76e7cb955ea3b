package io.modelci.registry;

import io.modelci.InputException;

/** The databases the registry runs on, told apart by their JDBC URL. */
enum Dialect {
    H2,
    POSTGRESQL;

    static Dialect of(final String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw InputException.ofField("registry", "unsupported registry URL '" + RegistryUrls.mask(jdbcUrl)
                + "': use jdbc:h2:file:… (embedded) or jdbc:postgresql://host/db (shared), or a folder path");
    }
}
