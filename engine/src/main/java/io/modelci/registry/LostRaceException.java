package io.modelci.registry;

import java.sql.SQLException;

/**
 * A conditional write found that another transaction had changed the row first. It carries SQLState 40001
 * (serialisation failure), so {@link Transactions} rolls the transaction back and runs it again like any other
 * lost race; the new run reads the newest state and either succeeds or reports a conflict.
 */
final class LostRaceException extends SQLException {
    private static final long serialVersionUID = 1L;

    LostRaceException(final String message) {
        super(message, "40001");
    }
}
