package io.modelci.registry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A lost compare-and-set race is run again in a fresh transaction, a bounded number of times. */
class TransactionsTest {
    private final String url = "jdbc:h2:mem:transactions-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    private final ConnectionPool pool = new ConnectionPool(url, null, null);
    private final Transactions transactions = new Transactions(url, pool);

    @AfterEach
    void close() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(url)) {
            connection.createStatement().execute("SHUTDOWN");
        }
        pool.close();
    }

    @Test
    void shouldRunALostRaceAgainAndRollBackWhatTheLostAttemptWrote() {
        transactions.run("setup", connection -> connection.createStatement()
                .execute("CREATE TABLE t (id INT PRIMARY KEY)"));
        AtomicInteger runs = new AtomicInteger();

        int result = transactions.change("m", "write", connection -> {
            connection.createStatement().execute("INSERT INTO t VALUES (" + runs.incrementAndGet() + ")");
            if (runs.get() == 1) {
                throw new LostRaceException("someone else got there first");
            }
            return runs.get();
        });

        assertThat(result).isEqualTo(2);
        String stored = transactions.run("count", connection -> {
            try (var rows = connection.createStatement().executeQuery("SELECT LISTAGG(id) FROM t")) {
                rows.next();
                return rows.getString(1);
            }
        });
        assertThat(stored).isEqualTo("2");
    }

    @Test
    void shouldGiveUpWithAClearErrorWhenTheRaceIsLostEveryTime() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> transactions.change("m", "move champion of m", connection -> {
            runs.incrementAndGet();
            throw new LostRaceException("alias 'champion' of 'm' no longer held by version 1");
        })).isInstanceOf(RegistryException.class)
                .hasMessageContaining("stayed busy")
                .hasMessageContaining("move champion of m")
                .hasMessageContaining("no longer held");
        assertThat(runs.get()).isEqualTo(Transactions.MAX_ATTEMPTS);
    }
}
