package io.modelci.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs each registry operation as one transaction, and runs it again when the database says it lost a lock race,
 * found a deadlock or dropped the connection. After {@value #MAX_ATTEMPTS} attempts it gives up with a clear error.
 * Domain exceptions (conflicts, bad input) roll back and pass through unchanged.
 */
final class Transactions {
    /** One unit of work on a connection inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    static final int MAX_ATTEMPTS = 8;

    private final String url;
    private final ConnectionPool pool;
    private final ReentrantLock[] turns = new ReentrantLock[32];

    Transactions(final String url, final ConnectionPool pool) {
        this.url = url;
        this.pool = pool;
        for (int i = 0; i < turns.length; i++) {
            turns[i] = new ReentrantLock(true);
        }
    }

    /**
     * Runs a change to one model. Correctness rests on the database's row locks alone (the race tests give every
     * promoter a registry of its own, as separate processes have). Threads sharing this registry, such as the
     * builds of one Jenkins controller, also take a fair turn per model first: they would wait for the same row
     * lock anyway, and a first-come queue in the JVM hands it over without the database's lock-wait polling,
     * which keeps the tail latency of a promotion storm low.
     */
    <T> T change(final String model, final String operation, final Work<T> work) {
        ReentrantLock turn = turns[Math.floorMod(model.hashCode(), turns.length)];
        turn.lock();
        try {
            return run(operation, work);
        }
        finally {
            turn.unlock();
        }
    }

    <T> T run(final String operation, final Work<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Connection connection;
            try {
                connection = pool.borrow();
            }
            catch (SQLException e) {
                // an H2 file another AUTO_SERVER process is opening right now looks locked for a moment
                if (!SqlErrors.isRetryable(e) && !SqlErrors.isAlreadyOpen(e) || attempt == MAX_ATTEMPTS) {
                    throw SqlErrors.describe(url, e);
                }
                last = e;
                pause(attempt);
                continue;
            }
            boolean broken = false;
            try {
                connection.setAutoCommit(false);
                T result = work.run(connection);
                connection.commit();
                return result;
            }
            catch (SQLException e) {
                broken = SqlErrors.isConnectionLost(e);
                rollbackQuietly(connection);
                if (!SqlErrors.isRetryable(e)) {
                    throw SqlErrors.describe(url, e);
                }
                last = e;
            }
            catch (RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            }
            finally {
                pool.release(connection, broken);
            }
            pause(attempt);
        }
        throw new RegistryException("the registry " + RegistryUrls.mask(url) + " stayed busy: " + operation
                + " failed " + MAX_ATTEMPTS + " times on lock or connection errors, last: " + last.getMessage(),
                last);
    }

    private static void rollbackQuietly(final Connection connection) {
        try {
            connection.rollback();
        }
        catch (SQLException e) {
            // the connection may be gone; the database rolls back what it did not commit
        }
    }

    /** Randomised, growing back-off so retrying writers do not collide again in step. */
    private static void pause(final int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6)));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while waiting to retry a registry operation", e);
        }
    }
}
