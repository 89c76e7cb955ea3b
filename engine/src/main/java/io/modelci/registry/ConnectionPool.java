package io.modelci.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A small pool of idle JDBC connections. Opening a PostgreSQL connection costs milliseconds and an H2 database
 * closes with its last connection, so a few stay open between operations. No connection is ever shared by two
 * threads at once.
 */
final class ConnectionPool implements AutoCloseable {
    private static final int MAX_IDLE = 16;

    private final String url;
    private final Properties credentials;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(MAX_IDLE);
    private volatile boolean closed;

    ConnectionPool(final String url, final String user, final String password) {
        this.url = url;
        this.credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
    }

    Connection borrow() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the registry is closed");
        }
        Connection connection = idle.poll();
        return connection != null ? connection : DriverManager.getConnection(url, credentials);
    }

    /** Returns a connection; a broken one (or one beyond the idle limit) is closed instead. */
    void release(final Connection connection, final boolean broken) {
        if (broken || closed || !idle.offer(connection)) {
            closeQuietly(connection);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(final Connection connection) {
        try {
            connection.close();
        }
        catch (SQLException e) {
            // nothing to do: the connection is gone either way
        }
    }
}
