package io.modelci.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates and upgrades the registry schema from the versioned SQL files in {@code migrations/} (listed in
 * {@code index.txt}, named {@code V<n>__<what>.sql}), recording each applied version in {@code modelci_schema}.
 * A dialect-specific file {@code V<n>__<what>.<dialect>.sql} replaces the portable one where present.
 *
 * <p>A database whose schema is newer than this program knows is refused, so an old binary never writes rows a
 * newer one would misread. On PostgreSQL an advisory lock keeps two processes from migrating at once; on H2 all
 * processes go through one AUTO_SERVER owner and the statements are written to tolerate a second run.
 */
final class Migrations {
    static final String SCHEMA_TABLE = "modelci_schema";
    private static final String ROOT = "/io/modelci/registry/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    private static final long ADVISORY_LOCK_KEY = 0x6d6f64656c6369L;

    /** One migration file. */
    record Migration(int version, String description, String sql) {
    }

    private Migrations() {
    }

    /** The migrations this program carries, in order. */
    static List<Migration> known(final Dialect dialect) {
        List<Migration> migrations = new ArrayList<>();
        for (String file : readLines(ROOT + "index.txt")) {
            Matcher matcher = NAME.matcher(file);
            if (!matcher.matches()) {
                throw new IllegalStateException("bad migration file name " + file);
            }
            int version = Integer.parseInt(matcher.group(1));
            if (version != migrations.size() + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3…: " + file);
            }
            String specific = ROOT + file.replace(".sql", "." + dialect.name().toLowerCase(Locale.ROOT) + ".sql");
            String sql = Migrations.class.getResource(specific) != null ? read(specific) : read(ROOT + file);
            migrations.add(new Migration(version, matcher.group(2), sql));
        }
        return migrations;
    }

    /** The newest schema version this program knows. */
    static int latest() {
        return known(Dialect.H2).size();
    }

    /** Brings the schema up to date; refuses a schema newer than this program. */
    static void migrate(final Connection connection, final Dialect dialect, final String maskedUrl)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA_TABLE + " (version INTEGER PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            if (dialect == Dialect.POSTGRESQL) {
                statement.execute("SELECT pg_advisory_lock(" + ADVISORY_LOCK_KEY + ")");
            }
            try {
                List<Migration> migrations = known(dialect);
                int current = currentVersion(connection);
                if (current > migrations.size()) {
                    throw new RegistryException("the registry " + maskedUrl + " has schema version " + current
                            + " but this modelci knows only versions up to " + migrations.size()
                            + "; upgrade modelci (an older program must not write to a newer registry)");
                }
                for (Migration migration : migrations.subList(current, migrations.size())) {
                    apply(connection, migration);
                }
            }
            finally {
                if (dialect == Dialect.POSTGRESQL) {
                    statement.execute("SELECT pg_advisory_unlock(" + ADVISORY_LOCK_KEY + ")");
                }
            }
        }
        finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static int currentVersion(final Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM " + SCHEMA_TABLE)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void apply(final Connection connection, final Migration migration) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(migration.sql())) {
                statement.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + SCHEMA_TABLE + " (version, description, applied_at) VALUES (?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            connection.commit();
        }
        catch (SQLException e) {
            connection.rollback();
            if (!"23505".equals(e.getSQLState()) || currentVersion(connection) < migration.version()) {
                throw e;
            }
            // another process recorded this version between our check and our insert: it is applied
        }
        finally {
            connection.setAutoCommit(true);
        }
    }

    /** The statements of a file: separated by a semicolon at the end of a line; comment lines dropped. */
    static List<String> statements(final String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString());
                current.setLength(0);
            }
            else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString());
        }
        return statements;
    }

    private static List<String> readLines(final String resource) {
        return read(resource).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String read(final String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().reduce("", (a, b) -> a + b + "\n");
            }
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
