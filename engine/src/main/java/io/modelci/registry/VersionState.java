package io.modelci.registry;

import java.util.Locale;

/** The life-cycle state of a model version. */
public enum VersionState {
    /** Registered and usable; the only state an alias may be moved to. */
    CANDIDATE,
    /** Retired: kept for the record, never promoted again. */
    ARCHIVED;

    /** The name stored in the database. */
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static VersionState ofDbName(final String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
