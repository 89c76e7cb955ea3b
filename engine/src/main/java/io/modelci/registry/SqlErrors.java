package io.modelci.registry;

import java.nio.file.Path;
import java.sql.SQLException;

/** Sorts database errors into "try again" and "tell the user", and words the latter without a stack trace. */
final class SqlErrors {
    // H2 error codes (org.h2.api.ErrorCode), kept here so the engine does not need H2 at compile time.
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_CONCURRENT_UPDATE = 90131;
    private static final int H2_DEADLOCK = 40001;
    private static final int H2_CONNECTION_BROKEN = 90067;
    private static final int H2_DATABASE_CALLED_AT_SHUTDOWN = 90121;
    private static final int H2_DATABASE_CLOSED = 90098;
    private static final int H2_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_FILE_VERSION = 90048;
    private static final int H2_IO_EXCEPTION = 90028;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;

    private SqlErrors() {
    }

    /** Whether the transaction may succeed when run again: lock waits, deadlocks, serialisation, lost links. */
    static boolean isRetryable(final SQLException exception) {
        for (SQLException e = exception; e != null; e = e.getNextException()) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            int code = e.getErrorCode();
            if (state.equals("40001") || state.equals("40P01") || state.equals("55P03") || state.equals("23505")
                    || code == H2_LOCK_TIMEOUT || code == H2_CONCURRENT_UPDATE || code == H2_DEADLOCK
                    || isConnectionLost(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an H2 file is held by another process (for good, or while it starts serving it). */
    static boolean isAlreadyOpen(final SQLException e) {
        return e.getErrorCode() == H2_ALREADY_OPEN;
    }

    /** Whether the connection is unusable and must not go back to the pool. */
    static boolean isConnectionLost(final SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        return state.startsWith("08") || code == H2_CONNECTION_BROKEN || code == H2_DATABASE_CLOSED
                || code == H2_DATABASE_CALLED_AT_SHUTDOWN;
    }

    /** A user-facing exception for an error that retrying will not cure. */
    static RegistryException describe(final String url, final SQLException e) {
        String masked = RegistryUrls.mask(url);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String detail = firstLine(e.getMessage());
        if (Dialect.of(url) == Dialect.H2) {
            Path file = RegistryUrls.isH2File(url) ? RegistryUrls.h2DatabaseFile(url) : null;
            if (code == H2_ALREADY_OPEN) {
                return new RegistryException("the registry database " + where(file, masked)
                        + " is locked by another process that opened it without AUTO_SERVER=TRUE;"
                        + " stop that process or open it with AUTO_SERVER=TRUE (" + detail + ")", e);
            }
            boolean unreadable = code == H2_IO_EXCEPTION && file != null && java.nio.file.Files.exists(file);
            if (code == H2_FILE_CORRUPTED || code == H2_FILE_VERSION || unreadable || isCorruption(e)) {
                return new RegistryException("the registry database " + where(file, masked)
                        + " is corrupt or not an H2 database; it was left untouched. Restore it from a backup"
                        + " or point --registry / MODELCI_REGISTRY elsewhere (" + detail + ")", e);
            }
            if (code == H2_WRONG_USER_OR_PASSWORD) {
                return new RegistryException("the registry " + masked + " refused the user or password"
                        + " (set MODELCI_REGISTRY_USER and MODELCI_REGISTRY_PASSWORD)", e);
            }
        }
        if (state.startsWith("28")) {
            return new RegistryException("the registry " + masked + " refused the user or password"
                    + " (set MODELCI_REGISTRY_USER and MODELCI_REGISTRY_PASSWORD): " + detail, e);
        }
        if (state.startsWith("08")) {
            return new RegistryException("cannot reach the registry " + masked + ": " + detail, e);
        }
        if (state.equals("3D000")) {
            return new RegistryException("the registry database in " + masked + " does not exist: " + detail, e);
        }
        return new RegistryException("registry " + masked + " failed: " + detail + " [SQLState " + state
                + ", code " + code + "]", e);
    }

    private static boolean isCorruption(final SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("corrupt") || message.contains("mvstoreexception")
                || message.contains("file header");
    }

    private static String where(final Path file, final String url) {
        return file != null ? file.toString() : url;
    }

    private static String firstLine(final String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
