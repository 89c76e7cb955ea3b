package io.modelci.registry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM (starting one takes seconds), and a fresh schema per test.
 * If the server cannot start the tests fail; they never skip.
 */
final class TestPostgres {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            }
            catch (IOException e) {
                throw new IllegalStateException("the embedded PostgreSQL server did not start: " + e, e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                }
                catch (IOException e) {
                    // the JVM is exiting; the temp directory is removed by the server's own cleaner
                }
            }));
        }
        return server;
    }

    /** A JDBC URL for an empty schema of its own on the shared server. */
    static String freshSchemaUrl() {
        EmbeddedPostgres postgres = server();
        String schema = "t" + SCHEMAS.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?currentSchema=" + schema;
    }

    static String user() {
        return "postgres";
    }
}
